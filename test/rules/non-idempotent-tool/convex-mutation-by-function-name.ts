// A tool that runs a Convex mutation through the HTTP client writes what the named function writes: `api.tasks.create`
// adds a task each call (README question 15: the server makes the id). Clean: a mutation named for an upsert or for
// setting a state, and a query.
import { ConvexHttpClient } from 'convex/browser';
import { tool } from 'ai';
import { z } from 'zod';
import { api } from '../convex/_generated/api';

const convex = new ConvexHttpClient(process.env.CONVEX_URL!);

export const addTask = tool({
  description: 'Add a task to the board',
  inputSchema: z.object({ title: z.string() }),
  execute: async ({ title }) => convex.mutation(api.tasks.create, { title }), // expect: non-idempotent-tool
});

export const saveSettings = tool({
  description: 'Save the board settings',
  inputSchema: z.object({ boardId: z.string(), theme: z.string() }),
  execute: async ({ boardId, theme }) => {
    await convex.mutation(api.boards.upsertSettings, { boardId, theme });
    await convex.mutation(api.boards.setTheme, { boardId, theme });
    return convex.query(api.boards.get, { boardId });
  },
});
