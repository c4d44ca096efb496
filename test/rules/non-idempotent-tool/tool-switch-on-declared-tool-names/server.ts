// An MCP server whose CallTool handler asks each tool module in turn (`mod.handle(name, args)` over a list): nothing
// resolves the call to one module's function, but each module's switch has cases named after the tools the package
// declares (`{ name, description, inputSchema }` in the ListTools answer), so each case is that tool's handler.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { allDefinitions, routeTool } from './tools/registry.js';

const server = new Server({ name: 'boards', version: '1.0.0' }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: allDefinitions() }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args = {} } = request.params;
  return routeTool(name, args);
});
