// Another file's tools: adding a note to an order posts a new one every call.
const API = 'https://shop.example.com/admin';

export const NOTE_HANDLERS = {
  add_order_note: async (args: Record<string, string>) => {
    const res = await fetch(`${API}/orders/${args.orderId}/notes`, { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify({ text: args.text }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.text();
  },
};
