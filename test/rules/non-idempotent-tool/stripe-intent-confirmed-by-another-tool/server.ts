// An intent created unconfirmed, but another tool of the same server confirms intents: the create is the first step of
// a charge the model can repeat (README question 120), a finding; the confirm is a charge too.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import Stripe from 'stripe';
import { z } from 'zod';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { timeout: 20_000 });
const server = new McpServer({ name: 'payments', version: '0.3.0' });

server.registerTool('create_intent', { inputSchema: { amountCents: z.number().int(), customerId: z.string() } }, async ({ amountCents, customerId }) => {
  const intent = await stripe.paymentIntents.create({ amount: amountCents, currency: 'usd', customer: customerId }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: intent.id }] };
});

server.registerTool('confirm_intent', { inputSchema: { intentId: z.string(), paymentMethodId: z.string() } }, async ({ intentId, paymentMethodId }) => {
  const intent = await stripe.paymentIntents.confirm(intentId, { payment_method: paymentMethodId }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: intent.status }] };
});
