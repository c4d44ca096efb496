// Near-misses of the read-modify-write tools: the value written is the input itself, a whole new text, what was read
// with an entry changed in place (an update by position, question 65), or fields set to given values (RULES.md: low
// confidence at most, so below the default threshold). A repeat writes the same value again.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Redis } from '@upstash/redis';
import { PrismaClient } from '@prisma/client';
import { tool } from 'ai';
import { z } from 'zod';

const redis = Redis.fromEnv();
const prisma = new PrismaClient();

export const saveSettings = tool({
  description: 'Save the settings object',
  inputSchema: z.object({ theme: z.string(), locale: z.string() }),
  execute: async ({ theme, locale }) => {
    const before = await redis.get('settings');
    await redis.set('settings', { theme, locale });
    return { before };
  },
});

export const rewritePage = tool({
  description: 'Replace a page with new text',
  inputSchema: z.object({ path: z.string(), text: z.string() }),
  execute: async ({ path, text }) => {
    const old = await readFile(path, 'utf-8');
    await writeFile(path, `${text}\n`);
    return `replaced ${old.length} characters`;
  },
});

export const renameTodo = tool({
  description: 'Rename the todo at a position',
  inputSchema: z.object({ index: z.number(), title: z.string() }),
  execute: async ({ index, title }) => {
    const todos: Array<{ title: string }> = (await redis.get('todos')) ?? [];
    todos[index] = { title };
    await redis.set('todos', todos);
    return 'renamed';
  },
});

export const setNickname = tool({
  description: 'Set the account nickname',
  inputSchema: z.object({ accountId: z.string(), nickname: z.string() }),
  execute: async ({ accountId, nickname }) => {
    const account = await prisma.account.findUnique({ where: { id: accountId } });
    if (!account) return 'no account';
    await prisma.account.update({ where: { id: accountId }, data: { nickname, visits: account.visits } }); // expect: non-idempotent-tool confidence=low
    return 'set';
  },
});

// A push only when the list read does not hold the value yet: a repeat finds it and adds nothing.
export const addLabel = tool({
  description: 'Add a label to the saved list',
  inputSchema: z.object({ label: z.string() }),
  execute: async ({ label }) => {
    const labels: string[] = JSON.parse(readFileSync('labels.json', 'utf8'));
    if (!labels.includes(label)) labels.push(label);
    writeFileSync('labels.json', JSON.stringify(labels));
    return 'added';
  },
});

// Replaced in place when the id is found, pushed only otherwise: an upsert by id.
export const saveContact = tool({
  description: 'Save a contact by id',
  inputSchema: z.object({ id: z.string(), name: z.string() }),
  execute: async ({ id, name }) => {
    const contacts: Array<{ id: string; name: string }> = JSON.parse(readFileSync('contacts.json', 'utf8'));
    const at = contacts.findIndex((contact) => contact.id === id);
    if (at >= 0) contacts[at] = { id, name };
    else contacts.push({ id, name });
    writeFileSync('contacts.json', JSON.stringify(contacts));
    return 'saved';
  },
});

// The entry under the same id removed first, then pushed: a repeat leaves one.
export const replaceContact = tool({
  description: 'Replace a contact by id',
  inputSchema: z.object({ id: z.string(), name: z.string() }),
  execute: async ({ id, name }) => {
    let contacts: Array<{ id: string; name: string }> = JSON.parse(readFileSync('contacts.json', 'utf8'));
    contacts = contacts.filter((contact) => contact.id !== id);
    contacts.push({ id, name });
    writeFileSync('contacts.json', JSON.stringify(contacts));
    return 'replaced';
  },
});

// A value set under the key the input names: a repeat sets it again.
export const setPreference = tool({
  description: 'Set a preference',
  inputSchema: z.object({ key: z.string(), value: z.string() }),
  execute: async ({ key, value }) => {
    let prefs: Record<string, string> = {};
    if (existsSync('prefs.json')) prefs = JSON.parse(readFileSync('prefs.json', 'utf8'));
    prefs[key] = value;
    writeFileSync('prefs.json', JSON.stringify(prefs, null, 2));
    return 'set';
  },
});

// An entry taken out by position (`splice(index, 1)` inserts nothing): a repeat finds the entry gone.
export const removeEvent = tool({
  description: 'Delete a calendar event',
  inputSchema: z.object({ label: z.string() }),
  execute: async ({ label }) => {
    const events: Array<{ label: string }> | null = await redis.get('events');
    if (!events) throw new Error('No events');
    const index = events.findIndex((event) => event.label === label);
    if (index === -1) throw new Error('Event not found');
    events.splice(index, 1);
    await redis.set('events', events);
    return 'deleted';
  },
});
