// The shop's REST operations, one function each. Creating an order and sending a receipt write; listing
// is a read; cancelling an order moves the order its id names to a state (an action endpoint: low at most).
const SHOP = 'https://shop.example.com/api';

export async function createOrder(token: string, args: { sku: string; quantity: number }) {
  const res = await fetch(`${SHOP}/orders`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(args),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}

export async function sendReceipt(token: string, args: { orderId: string; email: string }) {
  const res = await fetch(`${SHOP}/orders/${args.orderId}/receipts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify({ email: args.email }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}

export async function listOrders(token: string) {
  const res = await fetch(`${SHOP}/orders`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
  return res.json();
}

export async function cancelOrder(token: string, args: { orderId: string }) {
  const res = await fetch(`${SHOP}/orders/${args.orderId}/cancel`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}
