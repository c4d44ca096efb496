// The bakery's tools as a plain list: `server.ts` hands each element to `addBakeryTool`, which registers the element's
// `handler` with the MCP server (corpus README question 11). Placing an order creates one; the reads are clean.
import { z } from 'zod';

const API = 'https://bakery.example.com/api';

async function bakeryApi(path: string, init: RequestInit = {}): Promise<string> {
  const res = await fetch(`${API}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
  return res.text();
}

export const bakeryTools = [
  {
    name: 'list_cakes',
    description: 'List the cakes on the menu',
    async handler() {
      return bakeryApi('/cakes');
    },
  },
  {
    name: 'place_cake_order',
    description: 'Order a cake for pickup',
    schema: z.object({ cakeId: z.string(), pickupAt: z.string() }),
    async handler(args: { cakeId: string; pickupAt: string }) {
      return bakeryApi('/orders', { method: 'POST', body: JSON.stringify(args) }); // expect: non-idempotent-tool
    },
  },
  {
    name: 'get_order',
    description: 'Look up an order',
    schema: z.object({ orderId: z.string() }),
    handler: async (args: { orderId: string }) => bakeryApi(`/orders/${args.orderId}`),
  },
];

export const deliveryTools = [
  {
    name: 'book_delivery',
    description: 'Book a courier for an order',
    schema: z.object({ orderId: z.string() }),
    handler: async (args: { orderId: string }) => bakeryApi(`/orders/${args.orderId}/deliveries`, { method: 'POST' }), // expect: non-idempotent-tool
  },
];
