import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { withErrorHandling } from './errors.js';
import { createNoteTool } from './tools/create-note.js';
import { listNotesTool } from './tools/list-notes.js';

export function registerNoteTools(server: McpServer) {
  // The list tool is registered first: its wrapped read must not stand in for the create tool registered after it.
  server.tool('list_notes', 'List notes', { q: z.string() }, listNotesTool);
  server.tool('create_note', 'Create a note', { title: z.string() }, createNoteTool);
  server.tool('pin_note', 'Pin a note to the top', { id: z.string() }, withErrorHandling(async (params: { id: string }) => {
    await fetch(`https://notes.example.com/api/notes/${params.id}/pins`, { method: 'POST', signal: AbortSignal.timeout(5000) }); // expect: non-idempotent-tool
    return { content: [] };
  }));
}
