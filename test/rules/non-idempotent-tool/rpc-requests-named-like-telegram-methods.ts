// A request object named by `_` or `@type` is a Telegram request only when it goes to a Telegram client (a package's
// client, a receiver in a file importing one, a type or class named for TDLib/Telegram, the host's `tdlib` global). A
// project's own RPC or message bus sends `{ _: 'createOrder' }` and `{ '@type': 'sendInvoice' }` too: that names no
// Telegram method, and nothing here says those buses write (near-miss of telegram-requests-named-by-their-method.ts).
import { tool } from 'ai';
import { z } from 'zod';

interface RpcBus {
  send(message: Record<string, unknown>): Promise<unknown>;
  call(message: Record<string, unknown>): Promise<unknown>;
}
declare const bus: RpcBus;
declare const worker: { invoke(message: Record<string, unknown>): Promise<unknown> };

export const placeOrder = tool({
  description: 'Queue an order for the back office',
  inputSchema: z.object({ sku: z.string(), quantity: z.number() }),
  execute: async ({ sku, quantity }) => {
    await bus.send({ _: 'createOrder', sku, quantity });
    await bus.call({ '@type': 'sendInvoice', sku });
    await worker.invoke({ _: 'forwardTicket', sku });
    return { ok: true };
  },
});
