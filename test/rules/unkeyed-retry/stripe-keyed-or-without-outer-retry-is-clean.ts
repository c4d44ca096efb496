// Near-misses for Stripe: a write with no outer retry (stripe-node's own retries reuse the key
// it generated for that one call), and outer retries that pass an idempotencyKey built from
// stable input or created before the retry starts.
import pRetry from 'p-retry';
import retry from 'async-retry';
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { maxNetworkRetries: 2 });
const server = new McpServer({ name: 'billing', version: '2.0.0' });

server.registerTool(
  'create_customer',
  { description: 'Create a Stripe customer', inputSchema: { email: z.string().email(), name: z.string() } },
  async ({ email, name }) => {
    const customer = await stripe.customers.create({ email, name });
    return { content: [{ type: 'text', text: customer.id }] };
  },
);

export async function chargeOrder(orderId: string, customerId: string, amountCents: number) {
  return pRetry(
    () =>
      stripe.paymentIntents.create(
        { amount: amountCents, currency: 'usd', customer: customerId, confirm: true, off_session: true },
        { idempotencyKey: `order-${orderId}-charge` },
      ),
    { retries: 3, randomize: true },
  );
}

export async function payoutCreator(creatorAccount: string, amountCents: number) {
  const idempotencyKey = randomUUID();
  return retry(
    () => stripe.transfers.create({ amount: amountCents, currency: 'usd', destination: creatorAccount }, { idempotencyKey }),
    { retries: 4, randomize: true },
  );
}

export { server };
