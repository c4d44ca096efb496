// Local objects that merely look like SDK clients: an in-memory `stripe` with paymentIntents.create,
// a `db` with insert, a `resend` with emails.send and a `queue` with publish, all defined in this file
// for the agent's sandbox mode. Nothing leaves the process: no finding.
import { randomUUID } from 'node:crypto';
import { Agent, tool } from '@openai/agents';
import { z } from 'zod';

const ledger: Array<{ id: string; amount: number }> = [];
const outbox: Array<{ to: string; subject: string }> = [];
const events: string[] = [];

const stripe = {
  paymentIntents: {
    async create(params: { amount: number; currency: string }) {
      const intent = { id: `pi_sandbox_${randomUUID()}`, amount: params.amount };
      ledger.push(intent);
      return { ...intent, status: 'succeeded' as const };
    },
  },
};

const db = {
  async insert(table: string, row: Record<string, unknown>) {
    events.push(`${table}:${JSON.stringify(row)}`);
    return { rowCount: 1 };
  },
};

const resend = {
  emails: {
    async send(email: { to: string; subject: string }) {
      outbox.push(email);
      return { data: { id: `email_${outbox.length}` }, error: null };
    },
  },
};

const queue = {
  publish(topic: string, payload: unknown) {
    events.push(`${topic}:${JSON.stringify(payload)}`);
  },
};

const sandboxCheckout = tool({
  name: 'sandbox_checkout',
  description: 'Simulate a checkout in sandbox mode',
  parameters: z.object({ amount: z.number().int(), email: z.string().email() }),
  execute: async ({ amount, email }) => {
    const intent = await stripe.paymentIntents.create({ amount, currency: 'usd' });
    await db.insert('orders', { intentId: intent.id, amount });
    await resend.emails.send({ to: email, subject: 'Your sandbox order' });
    queue.publish('orders.created', { intentId: intent.id });
    return `sandbox order ${intent.id}`;
  },
});

export const sandboxAgent = new Agent({
  name: 'Checkout rehearsal',
  instructions: 'Rehearse checkouts without touching real systems.',
  tools: [sandboxCheckout],
});
