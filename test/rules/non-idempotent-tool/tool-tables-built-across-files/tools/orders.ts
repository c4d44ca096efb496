// Plain tool objects in an exported list; server.ts spreads the lists into one table and registers every entry in a
// loop. Each object's handler is the tool: a refund POST is reported inside it, a lookup is a read.
import { z } from 'zod';

const API = 'https://shop.example.com/api';

export const orderTools = [
  {
    name: 'get_order',
    description: 'Look up an order',
    inputSchema: z.object({ orderId: z.string() }),
    handler: async (input: { orderId: string }) => {
      const res = await fetch(`${API}/orders/${input.orderId}`, { signal: AbortSignal.timeout(10_000) });
      return { ok: res.ok, data: await res.json() };
    },
  },
  {
    name: 'refund_order',
    description: 'Refund part of an order',
    inputSchema: z.object({ orderId: z.string(), amount: z.number() }),
    handler: async (input: { orderId: string; amount: number }) => {
      const res = await fetch(`${API}/orders/${input.orderId}/refunds`, { // expect: non-idempotent-tool
        method: 'POST',
        body: JSON.stringify({ amount: input.amount }),
        signal: AbortSignal.timeout(10_000),
      });
      return { ok: res.ok, data: await res.json() };
    },
  },
];
