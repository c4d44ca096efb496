// An Inngest function whose steps are retried on failure (4 retries by default): a charge POSTed inside
// `step.run` with no key is sent again when the step is retried after the payment API acted. Clean: a step
// that only reads, and a POST keyed by the order id (stable across attempts).
import { Inngest } from 'inngest';

const inngest = new Inngest({ id: 'shop' });

export const chargeOrder = inngest.createFunction({ id: 'charge-order' }, { event: 'shop/order.placed' }, async ({ event, step }) => {
  const order = await step.run('load-order', async () => {
    const response = await fetch(`https://shop.example.com/orders/${event.data.orderId}`, { signal: AbortSignal.timeout(10_000) });
    return response.json();
  });
  await step.run('charge', async () => {
    await fetch('https://payments.example.com/charges', { // expect: unkeyed-retry
      method: 'POST',
      body: JSON.stringify({ amount: order.total }),
      signal: AbortSignal.timeout(10_000),
    });
  });
  await step.run('receipt', async () => {
    await fetch('https://mail.example.com/receipts', {
      method: 'POST',
      headers: { 'Idempotency-Key': `receipt-${event.data.orderId}` },
      body: JSON.stringify({ orderId: event.data.orderId }),
      signal: AbortSignal.timeout(10_000),
    });
  });
});
