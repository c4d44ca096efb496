// An MCP server whose CallTool handler offers the call to each gateway module in turn: a list of namespace imports
// walked by a loop, `gateway.handle(name, args)` being every listed module's `handle`. The first that answers wins.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import * as ticketGateway from './gateways/tickets.js';
import * as statusGateway from './gateways/status.js';

const GATEWAYS = [ticketGateway, statusGateway];

const server = new Server({ name: 'desk', version: '1.0.0' }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: GATEWAYS.flatMap((g) => g.TOOLS) }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  for (const gateway of GATEWAYS) {
    const result = await gateway.handle(name, args ?? {});
    if (result !== null) return result;
  }
  return { content: [{ type: 'text' as const, text: `unknown tool ${name}` }], isError: true };
});

await server.connect(new StdioServerTransport());
