// Each session gets its own client; the tools run inside the session.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { DeskClient } from './client/index.js';
import { storeClient } from './context.js';
import { noteTools } from './tools/notes.js';

export function openSession(sessionId, host) {
  storeClient(sessionId, new DeskClient(host));
  const server = new McpServer({ name: 'desk', version: '1.0.0' });
  for (const t of noteTools) server.tool(t.name, t.description, t.schema, t.handler);
  return server;
}
