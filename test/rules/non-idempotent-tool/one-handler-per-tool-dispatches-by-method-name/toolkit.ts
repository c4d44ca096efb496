// One MCP tool per operation, all registered by the same handler: the handler line reaches the order create
// and the receipt send, each reported once (test/corpus/README.md question 8); the cancel (a state change) and
// the list add nothing at that line. A handler that names the method itself reaches only that case.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { cancelOrder } from './operations.js';
import { ShopApi } from './shop-api.js';

export const operations = [
  { method: 'create_order', description: 'Create an order', parameters: z.object({ sku: z.string(), quantity: z.number() }) },
  { method: 'send_receipt', description: 'Email a receipt', parameters: z.object({ orderId: z.string(), email: z.string() }) },
  { method: 'list_orders', description: 'List orders', parameters: z.object({}) },
  { method: 'cancel_order', description: 'Cancel an order', parameters: z.object({ orderId: z.string() }) },
];

export function shopServer(token: string): McpServer {
  const server = new McpServer({ name: 'shop', version: '1.0.0' });
  const api = new ShopApi(token);
  for (const operation of operations) {
    server.tool(operation.method, operation.description, operation.parameters.shape, async (args) => {
      const result = await api.run(operation.method, args); // expect: non-idempotent-tool // expect: non-idempotent-tool
      return { content: [{ type: 'text' as const, text: result }] };
    });
  }
  server.tool('cancel_order_now', 'Cancel an order by id', { orderId: z.string() }, async ({ orderId }) => {
    const result = await cancelOrder(token, { orderId }); // expect: non-idempotent-tool confidence=low
    return { content: [{ type: 'text' as const, text: JSON.stringify(result) }] };
  });
  // The same entry point with the method written at the call: only the list case runs, a read.
  server.tool('recent_orders', 'List recent orders', {}, async () => {
    const result = await api.run('list_orders', {});
    return { content: [{ type: 'text' as const, text: result }] };
  });
  return server;
}
