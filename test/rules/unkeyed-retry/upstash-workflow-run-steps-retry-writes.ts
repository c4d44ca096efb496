// Upstash Workflow: a step that throws fails the workflow request, which QStash delivers again (3 retries by
// default), so each `context.run` step's body runs again: an unkeyed create or send in it happens twice.
import { serve } from '@upstash/workflow/nextjs';
import { Resend } from 'resend';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');
const resend = new Resend(process.env.RESEND_API_KEY ?? '');

type Signup = { email: string; name: string; userId: string };

export const { POST } = serve<Signup>(async (context) => {
  const user = context.requestPayload;
  const customer = await context.run('create-customer', async () => {
    return stripe.customers.create({ email: user.email, name: user.name }); // expect: unkeyed-retry
  });
  await context.run('send-welcome-email', async () => {
    await resend.emails.send({ from: 'hi@example.com', to: user.email, subject: 'Welcome', text: 'Hello' }); // expect: unkeyed-retry
  });
  // Near-misses: a create keyed for Stripe's idempotency, and a read.
  await context.run('create-subscription', async () => {
    return stripe.subscriptions.create({ customer: customer.id, items: [{ price: 'price_basic' }] }, { idempotencyKey: `sub-${user.userId}` });
  });
  await context.run('load-customer', async () => stripe.customers.retrieve(customer.id));
  // Near-miss: sleeping is no step body.
  await context.sleep('wait', 60);
});

/** Near-miss: a `run` method of an object of the project's own, in a function not handed to serve. */
export async function local(context: { run: (name: string, fn: () => Promise<unknown>) => Promise<unknown> }, email: string) {
  await context.run('send', async () => resend.emails.send({ from: 'hi@example.com', to: email, subject: 'Hi', text: 'Hi' }));
}
