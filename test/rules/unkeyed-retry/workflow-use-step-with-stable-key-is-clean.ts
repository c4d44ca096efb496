// Near-miss for Workflow DevKit steps: the key is the same on every attempt of the step — taken
// from getStepMetadata().stepId (stable across a step's retries, as the DevKit documents) or
// passed in by the workflow, outside the retried step.
import { getStepMetadata } from 'workflow';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

async function chargeCustomer(customerId: string, amountCents: number) {
  'use step';
  const { stepId } = getStepMetadata();
  const charge = await stripe.paymentIntents.create(
    { amount: amountCents, currency: 'usd', customer: customerId, confirm: true, off_session: true },
    { idempotencyKey: `charge:${stepId}` },
  );
  return charge.id;
}

async function notifyWarehouse(orderId: string, idempotencyKey: string) {
  'use step';
  const res = await fetch('https://wms.example.com/api/pick-requests', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify({ orderId }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`warehouse ${res.status}`);
}

export async function checkout(orderId: string, customerId: string, amountCents: number) {
  'use workflow';
  const paymentId = await chargeCustomer(customerId, amountCents);
  await notifyWarehouse(orderId, `pick-${orderId}`);
  return { paymentId };
}
