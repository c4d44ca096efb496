// The functions the support model can call, in a map keyed by tool name. A refund and a ticket POST create
// records: reported in each function. Looking up an order is a read; cancelling an order moves it to a state (low).
export const get_order = async ({ order_id }: { order_id: string }) =>
  (await fetch(`https://shop.example.com/api/orders/${order_id}`, { signal: AbortSignal.timeout(10_000) })).json();

export const create_refund = async ({ order_id, amount }: { order_id: string; amount: number }) => {
  const res = await fetch(`https://shop.example.com/api/orders/${order_id}/refunds`, { // expect: non-idempotent-tool
    method: 'POST',
    body: JSON.stringify({ amount }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
};

export const cancel_order = async ({ order_id }: { order_id: string }) => {
  const res = await fetch(`https://shop.example.com/api/orders/${order_id}/cancel`, { method: 'POST', signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool confidence=low
  return res.json();
};

export const create_ticket = async ({ details }: { details: string }) => {
  const res = await fetch('https://shop.example.com/api/tickets/create', { // expect: non-idempotent-tool
    method: 'POST',
    body: JSON.stringify({ details }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
};

export const functionsMap = { get_order, create_refund, cancel_order, create_ticket };
