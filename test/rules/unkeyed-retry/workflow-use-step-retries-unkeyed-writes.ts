// Workflow DevKit: a 'use step' function is retried (3 times by default) when it throws. These
// steps send writes with no stable key — one with none, one with a key minted per attempt —
// so a retried step repeats the shipment label and the welcome email.
import { randomUUID } from 'node:crypto';
import { FatalError } from 'workflow';

async function buyShippingLabel(orderId: string, address: string) {
  'use step';
  const res = await fetch('https://shipping.example.com/v2/labels', { // expect: unkeyed-retry
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reference: orderId, address }),
    signal: AbortSignal.timeout(15_000),
  });
  if (res.status === 400) throw new FatalError('address rejected');
  if (!res.ok) throw new Error(`label service ${res.status}`);
  return ((await res.json()) as { labelId: string }).labelId;
}

async function sendWelcomeEmail(email: string) {
  'use step';
  const res = await fetch('https://mail.example.com/v1/send', { // expect: unkeyed-retry
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({ to: email, template: 'welcome' }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`mail service ${res.status}`);
}

async function loadOrder(orderId: string) {
  'use step';
  const res = await fetch(`https://shop.example.com/api/orders/${orderId}`, { signal: AbortSignal.timeout(5_000) });
  if (!res.ok) throw new Error(`shop ${res.status}`);
  return (await res.json()) as { address: string; email: string };
}

export async function fulfilOrder(orderId: string) {
  'use workflow';
  const order = await loadOrder(orderId);
  const labelId = await buyShippingLabel(orderId, order.address);
  await sendWelcomeEmail(order.email);
  return { labelId };
}
