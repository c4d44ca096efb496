// The same tools as a server class: `this.tool(…)` in a class that extends the SDK's McpServer registers on
// itself. A helper that reaches two writes with no dispatch (`placeAndNotify`) is one finding at its call.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { createOrder, sendReceipt } from './operations.js';
import { ShopApi } from './shop-api.js';
import { operations } from './toolkit.js';

async function placeAndNotify(token: string, sku: string, email: string) {
  const order = await createOrder(token, { sku, quantity: 1 });
  await sendReceipt(token, { orderId: order.id, email });
  return order;
}

export class ShopToolkit extends McpServer {
  private readonly api: ShopApi;

  constructor(private readonly token: string) {
    super({ name: 'shop-toolkit', version: '1.0.0' });
    this.api = new ShopApi(token);
    operations.forEach((operation) => {
      this.tool(operation.method, operation.description, operation.parameters.shape, async (args: any) => {
        const text = await this.api.run(operation.method, args); // expect: non-idempotent-tool // expect: non-idempotent-tool
        return { content: [{ type: 'text' as const, text }] };
      });
    });
    this.tool('quick_order', 'Order one item and email the receipt', { sku: z.string(), email: z.string() }, async ({ sku, email }) => {
      const order = await placeAndNotify(this.token, sku, email); // expect: non-idempotent-tool
      return { content: [{ type: 'text' as const, text: JSON.stringify(order) }] };
    });
  }
}
