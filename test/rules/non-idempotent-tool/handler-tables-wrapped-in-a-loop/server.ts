// The MCP server runs what the wrapped table holds under the tool's name.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { HANDLERS } from './tools/index.js';

const server = new Server({ name: 'shop-admin', version: '1.0.0' }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = HANDLERS[request.params.name];
  if (!handler) throw new Error(`unknown tool ${request.params.name}`);
  const text = await handler((request.params.arguments ?? {}) as Record<string, string>);
  return { content: [{ type: 'text', text }] };
});
