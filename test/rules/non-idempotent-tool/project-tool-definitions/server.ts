// The registry: every definition's handler is registered through a closure, far from where it is written.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import createTicket from './tools/create-ticket.js';
import getTicket from './tools/get-ticket.js';

const registry = { createTicket, getTicket };

export function buildServer() {
  const server = new McpServer({ name: 'desk', version: '1.0.0' });
  for (const tool of Object.values(registry)) {
    server.registerTool(tool.name, { description: tool.description, inputSchema: tool.inputSchema, annotations: tool.annotations }, async (args: never) => ({
      content: [{ type: 'text' as const, text: JSON.stringify(await tool.handler(args)) }],
    }));
  }
  return server;
}
