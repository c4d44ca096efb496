// AI SDK tools over the generated Prisma client: creating a note inserts a row with a fresh id on every call (a
// finding); reading notes and drafting a report in the project's own in-memory module are clean.
import { tool } from 'ai';
import { z } from 'zod';
import { db } from './lib/db';
import { reports } from './lib/generated/reports';

export const noteTools = (userId: string) => ({
  createNote: tool({
    description: 'Save a note for the user',
    inputSchema: z.object({ title: z.string(), content: z.string() }),
    execute: async ({ title, content }) => {
      const note = await db.note.create({ data: { userId, title, content } }); // expect: non-idempotent-tool
      return { id: note.id };
    },
  }),
  listNotes: tool({
    description: "List the user's notes",
    inputSchema: z.object({}),
    execute: async () => db.note.findMany({ where: { userId } }),
  }),
  draftReport: tool({
    description: 'Start a report draft',
    inputSchema: z.object({ title: z.string() }),
    execute: async ({ title }) => ({ id: reports.create(title) }),
  }),
});
