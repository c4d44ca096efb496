import { tool } from 'ai';
import { z } from 'zod';
import { defaultStore, type NoteStore } from './store.js';

export const noteTools = (store: NoteStore = defaultStore) => ({
  addNote: tool({
    description: 'Remember a note for this conversation',
    inputSchema: z.object({ text: z.string() }),
    execute: async ({ text }) => ({ count: await store.add(text) }),
  }),
});
