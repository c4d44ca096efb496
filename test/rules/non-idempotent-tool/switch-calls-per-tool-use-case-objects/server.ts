// An MCP server whose CallTool handler hands the tool's name and input to a controller in another file; the
// controller's switch calls, in each case, the same `execute` method on a use-case object it holds for that one tool.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { ShopController } from './controller.js';

const tools = [
  { name: 'create_product', description: 'Create a product', inputSchema: { type: 'object' } },
  { name: 'get_product', description: 'Read a product', inputSchema: { type: 'object' } },
  { name: 'create_coupon', description: 'Create a coupon', inputSchema: { type: 'object' } },
  { name: 'count_products', description: 'Count products', inputSchema: { type: 'object' } },
  { name: 'create_note', description: 'Add a note', inputSchema: { type: 'object' } },
  { name: 'create_tag', description: 'Add a tag', inputSchema: { type: 'object' } },
];

const server = new Server({ name: 'shop', version: '1.0.0' }, { capabilities: { tools: {} } });
const controller = new ShopController();
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools }));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const result = await controller.handle(request.params.name, request.params.arguments ?? {});
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});
