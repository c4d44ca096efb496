// "SDK calls that create": Google Drive v3 (checked in @googleapis/drive 26.0.1, build/v3.d.ts) — files.create makes a
// new file or folder (Drive names are not unique), files.copy a new copy, comments.create a new comment. Clean: a file
// created under its own `requestBody.id` (an id the tool was given, which Drive refuses twice), a shared drive created
// with a `requestId` from the input (the API deduplicates on it) and a listing. The rename is a set of a field: reported at low confidence.
import { tool } from 'ai';
import { google } from 'googleapis';
import { z } from 'zod';

const drive = google.drive({ version: 'v3', auth: process.env.GOOGLE_API_KEY });

export const driveTools = {
  createFolder: tool({
    description: 'Create a folder',
    inputSchema: z.object({ name: z.string(), parentId: z.string() }),
    execute: async ({ name, parentId }) => {
      const { data } = await drive.files.create({ // expect: non-idempotent-tool
        requestBody: { name, parents: [parentId], mimeType: 'application/vnd.google-apps.folder' },
      });
      return data.id;
    },
  }),
  copyFile: tool({
    description: 'Copy a file',
    inputSchema: z.object({ fileId: z.string(), name: z.string() }),
    execute: async ({ fileId, name }) => (await drive.files.copy({ fileId, requestBody: { name } })).data.id, // expect: non-idempotent-tool
  }),
  commentOnFile: tool({
    description: 'Comment on a file',
    inputSchema: z.object({ fileId: z.string(), text: z.string() }),
    execute: async ({ fileId, text }) => {
      await drive.comments.create({ fileId, fields: 'id', requestBody: { content: text } }); // expect: non-idempotent-tool
      return 'ok';
    },
  }),
  createFileWithId: tool({
    description: 'Create the file reserved under an id',
    inputSchema: z.object({ reservedId: z.string(), name: z.string() }),
    execute: async ({ reservedId, name }) => (await drive.files.create({ requestBody: { id: reservedId, name } })).data.id,
  }),
  createSharedDrive: tool({
    description: 'Create a shared drive for a team',
    inputSchema: z.object({ teamId: z.string(), name: z.string() }),
    execute: async ({ teamId, name }) => (await drive.drives.create({ requestId: `team-${teamId}`, requestBody: { name } })).data.id,
  }),
  renameFile: tool({
    description: 'Rename a file',
    inputSchema: z.object({ fileId: z.string(), name: z.string() }),
    execute: async ({ fileId, name }) => {
      await drive.files.update({ fileId, requestBody: { name } }); // expect: non-idempotent-tool confidence=low
      return 'renamed';
    },
  }),
  listFiles: tool({
    description: 'List files',
    inputSchema: z.object({ q: z.string() }),
    execute: async ({ q }) => (await drive.files.list({ q })).data.files,
  }),
};
