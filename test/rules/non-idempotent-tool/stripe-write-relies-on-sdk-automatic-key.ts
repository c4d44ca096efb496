// Stripe writes in AI SDK tools. stripe-node keys every POST itself, but with a new key per call:
// it dedupes only its own network retries inside that call, so a re-run of the tool charges again.
// A random idempotencyKey is no better. Retrieving a customer is a read and stays clean.
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { tool } from 'ai';
import { z } from 'zod';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { maxNetworkRetries: 2, timeout: 20_000 });

export const chargeSavedCard = tool({
  description: 'Charge the customer’s saved card for an order',
  inputSchema: z.object({ customerId: z.string(), paymentMethodId: z.string(), amountCents: z.number().int() }),
  execute: async ({ customerId, paymentMethodId, amountCents }) => {
    const intent = await stripe.paymentIntents.create({ // expect: non-idempotent-tool
      customer: customerId,
      payment_method: paymentMethodId,
      amount: amountCents,
      currency: 'usd',
      confirm: true,
      off_session: true,
    });
    return { id: intent.id, status: intent.status };
  },
});

export const refundCharge = tool({
  description: 'Refund a charge',
  inputSchema: z.object({ chargeId: z.string(), amountCents: z.number().int().optional() }),
  execute: async ({ chargeId, amountCents }) => {
    const refund = await stripe.refunds.create( // expect: non-idempotent-tool
      { charge: chargeId, amount: amountCents },
      { idempotencyKey: randomUUID() },
    );
    return { id: refund.id, status: refund.status };
  },
});

export const getCustomer = tool({
  description: 'Look up a Stripe customer',
  inputSchema: z.object({ customerId: z.string() }),
  execute: async ({ customerId }) => {
    const customer = await stripe.customers.retrieve(customerId);
    return customer.deleted ? { deleted: true } : { email: customer.email, name: customer.name };
  },
});
