import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { routeToolCall } from './router/index.js';

const server = new Server({ name: 'tasks', version: '1.0.0' }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  const result = await routeToolCall(name, args ?? {});
  return { content: [{ type: 'text', text: result }] };
});
