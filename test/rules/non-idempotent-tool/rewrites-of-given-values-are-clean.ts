// Near-misses of the read-modify-write tools: the value written is the input itself, a whole new text, what was read
// with an entry changed in place (an update by position, question 65), or fields set to given values (RULES.md: low
// confidence at most, so below the default threshold). A repeat writes the same value again.
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
