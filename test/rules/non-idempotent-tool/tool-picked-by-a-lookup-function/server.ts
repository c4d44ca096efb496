// A low-level MCP server that looks the tool up through a function of its own: getHandler(name) returns what its
// table holds under the name it is given, and the CallToolRequest handler gives it the model's tool name.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { noteHandlers } from './note-handlers.js';

const server = new Server({ name: 'notes', version: '1.0.0' }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  const handler = getHandler(name);
  if (!handler) throw new Error(`Unknown tool: ${name}`);
  return handler(args ?? {});
});

function getHandler(name: string): ((args: any) => Promise<any>) | undefined {
  const handlers = {
    create_note: noteHandlers.createNote,
    get_note: noteHandlers.getNote,
  };
  return handlers[name as keyof typeof handlers];
}

export { server };
