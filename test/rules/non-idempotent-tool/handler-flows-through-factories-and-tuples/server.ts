// The project's own MCP wrapper: one `CallToolRequestSchema` handler hands every call to `config.handleRequest`.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';

export interface ServerConfig {
  handleRequest(req: { name: string; args: unknown }): Promise<unknown>;
  handleEvent?(event: { name: string; payload: unknown }): Promise<unknown>;
}

export function runServer(config: ServerConfig) {
  const server = new Server({ name: 'tickets', version: '1.0.0' }, { capabilities: { tools: {} } });
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const { name, arguments: args = {} } = request.params;
    const result = await config.handleRequest({ name, args });
    return { content: [{ type: 'text', text: JSON.stringify(result) }] };
  });
  return server;
}
