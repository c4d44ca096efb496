// Writes judged by their effect (test/corpus/README.md questions 55 and 65): each tool writes a whole value, but the
// value is what it just read with one more entry (a list with an item added, a file's text with a note appended) or
// a balance read and stored minus a cost. A repeat applies the change twice.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Redis } from '@upstash/redis';
import { PrismaClient } from '@prisma/client';
import { tool } from 'ai';
import { z } from 'zod';

const redis = Redis.fromEnv();
const prisma = new PrismaClient();

async function readJournal(day: string): Promise<string> {
  try {
    return await readFile(`journal/${day}.md`, 'utf-8');
  } catch {
    return '';
  }
}

export const addReminder = tool({
  description: 'Add a reminder to the list',
  inputSchema: z.object({ text: z.string(), at: z.string() }),
  execute: async ({ text, at }) => {
    const current: Array<{ text: string; at: string }> | null = await redis.get('reminders');
    await redis.set('reminders', [...(current ?? []), { text, at }]); // expect: non-idempotent-tool
    return 'added';
  },
});

export const noteToJournal = tool({
  description: "Append a note to today's journal",
  inputSchema: z.object({ note: z.string() }),
  execute: async ({ note }) => {
    const day = new Date().toISOString().slice(0, 10);
    const existing = await readJournal(day);
    const text = existing ? `${existing}\n- ${note}` : `# ${day}\n- ${note}`;
    await writeFile(`journal/${day}.md`, text, 'utf-8'); // expect: non-idempotent-tool
    return 'noted';
  },
});

export const insertBeforeFooter = tool({
  description: 'Insert a paragraph before the footer of a page',
  inputSchema: z.object({ path: z.string(), paragraph: z.string() }),
  execute: async ({ path, paragraph }) => {
    let page: string;
    try {
      page = await readFile(path, 'utf-8');
    } catch {
      return 'no such page';
    }
    const at = page.lastIndexOf('<footer');
    const updated = page.substring(0, at) + `<p>${paragraph}</p>\n` + page.substring(at);
    await writeFile(path, updated); // expect: non-idempotent-tool
    return 'inserted';
  },
});

export const buyItem = tool({
  description: 'Buy an item with the account balance',
  inputSchema: z.object({ accountId: z.string(), price: z.number() }),
  execute: async ({ accountId, price }) => {
    const account = await prisma.account.findUnique({ where: { id: accountId } });
    if (!account) return 'no account';
    await prisma.account.update({ where: { id: accountId }, data: { balance: account.balance - price } }); // expect: non-idempotent-tool
    return 'bought';
  },
});

async function loadEntries(path: string): Promise<Array<{ at: string; text: string }>> {
  try {
    return JSON.parse(await readFile(path, 'utf-8'));
  } catch {
    return [];
  }
}

// The list read from a JSON file, one entry pushed, and the whole file written back: an append (question 65).
export const recordEntry = tool({
  description: 'Record an entry in the log file',
  inputSchema: z.object({ text: z.string() }),
  execute: async ({ text }) => {
    const entries = await loadEntries('entries.json');
    entries.push({ at: new Date().toISOString(), text });
    await writeFile('entries.json', JSON.stringify(entries, null, 2), 'utf-8'); // expect: non-idempotent-tool
    return 'recorded';
  },
});

// `let list = []` filled from the file only when there is one, then pushed onto and written back.
export const logOutcome = tool({
  description: 'Log the outcome of a task',
  inputSchema: z.object({ task: z.string(), outcome: z.string() }),
  execute: async ({ task, outcome }) => {
    let history: Array<{ task: string; outcome: string }> = [];
    if (existsSync('history.json')) {
      const raw = readFileSync('history.json', 'utf8').trim();
      history = raw ? JSON.parse(raw) : [];
    }
    history.push({ task, outcome });
    writeFileSync('history.json', JSON.stringify(history, null, 2)); // expect: non-idempotent-tool
    return 'logged';
  },
});

// An entry stored under a key made fresh on each call (a timestamp): one more key each run.
export const saveSnippet = tool({
  description: 'Save a code snippet',
  inputSchema: z.object({ snippet: z.string() }),
  execute: async ({ snippet }) => {
    let saved: Record<string, string> = {};
    if (existsSync('snippets.json')) saved = JSON.parse(readFileSync('snippets.json', 'utf8'));
    saved[new Date().toISOString()] = snippet;
    writeFileSync('snippets.json', JSON.stringify(saved, null, 2)); // expect: non-idempotent-tool
    return 'saved';
  },
});

// An entry inserted by position (`splice(0, 0, entry)` takes nothing out): one more entry each run.
export const pinNote = tool({
  description: 'Pin a note at the top of the board',
  inputSchema: z.object({ note: z.string() }),
  execute: async ({ note }) => {
    const board: string[] = (await redis.get('board')) ?? [];
    board.splice(0, 0, note);
    await redis.set('board', board); // expect: non-idempotent-tool
    return 'pinned';
  },
});
