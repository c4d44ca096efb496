// Feedback tools: adding a note appends to the saved list; removing, replacing and resetting it converge.
import { tool } from 'ai';
import { z } from 'zod';
import { addNote, removeNote, replaceNotes, resetNotes } from './store.js';

export const tools = {
  add_note: tool({
    description: 'Add a feedback note',
    inputSchema: z.object({ text: z.string() }),
    execute: async ({ text }) => addNote(text), // expect: non-idempotent-tool
  }),
  remove_note: tool({
    description: 'Remove a feedback note',
    inputSchema: z.object({ id: z.string() }),
    execute: async ({ id }) => removeNote(id),
  }),
  replace_notes: tool({
    description: 'Replace every feedback note',
    inputSchema: z.object({ notes: z.array(z.object({ id: z.string(), text: z.string() })) }),
    execute: async ({ notes }) => replaceNotes(notes),
  }),
  reset_notes: tool({
    description: 'Reset the feedback notes',
    inputSchema: z.object({}),
    execute: async () => resetNotes(),
  }),
};
