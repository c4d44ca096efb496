// A tool calling `createThing` directly: the POST three calls down (store.ts) is well within the bound, reported at the
// handler's call whichever files the run names alongside this one.
import { tool } from 'ai';
import { z } from 'zod';
import { createThing } from './store';

export const createThingTool = tool({
  description: 'Create a thing',
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => createThing(name), // expect: non-idempotent-tool
});
