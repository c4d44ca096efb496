import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { NotesApi, notesTools } from './api';

export function notesServer(baseUrl: string): McpServer {
  const server = new McpServer({ name: 'notes', version: '1.0.0' });
  const api = new NotesApi(baseUrl);
  for (const tool of notesTools) {
    server.tool(tool.method, tool.description, { folder: z.string().optional(), text: z.string().optional() }, async (arg) => {
      const text = await api.run(tool.method, arg); // expect: non-idempotent-tool
      return { content: [{ type: 'text' as const, text }] };
    });
  }
  return server;
}
