// Note tools over the session's client. Creating a note makes a new one on every call; listing them reads.
import { z } from 'zod';
import { currentClient } from '../context.js';

export const noteTools = [
  {
    name: 'create_note',
    description: 'Create a note on the desk.',
    schema: { text: z.string() },
    handler: async ({ text }) => {
      const client = currentClient();
      const note = await client.createNote({ text }); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: JSON.stringify(note) }] };
    },
  },
  {
    name: 'list_notes',
    description: 'List the notes on the desk.',
    schema: {},
    handler: async () => {
      const client = currentClient();
      return { content: [{ type: 'text', text: JSON.stringify(await client.listNotes()) }] };
    },
  },
];
