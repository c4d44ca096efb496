import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { loadTools } from './scanner.js';

const server = new Server({ name: 'hosting', version: '1.0.0' }, { capabilities: { tools: {} } });
const handlers = await loadTools(new URL('./tools', import.meta.url).pathname);

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = handlers.get(request.params.name);
  if (!handler) throw new Error(`unknown tool ${request.params.name}`);
  return handler(request.params.arguments ?? {});
});
