// One file's tools, as a table of handlers: tools/index.ts gathers it with the others and wraps each handler in a loop,
// and server.ts runs what the wrapped table holds under the tool's name (corpus README question 11). Creating an order
// is a finding; the lookup is a read.
const API = 'https://shop.example.com/admin';

export const ORDER_HANDLERS: Record<string, (args: Record<string, string>) => Promise<string>> = {
  create_order: async (args) => {
    const res = await fetch(`${API}/orders`, { method: 'POST', body: JSON.stringify(args), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return res.text();
  },
  get_order: async (args) => {
    const res = await fetch(`${API}/orders/${args.id}`, { signal: AbortSignal.timeout(10_000) });
    return res.text();
  },
};
