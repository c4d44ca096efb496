// stripe-node gives every request an 80 s timeout by default: a real deadline, so these Stripe
// calls (idempotency is another rule's business) are not missing-deadline findings.
import Stripe from 'stripe';
import { tool } from '@openai/agents';
import { z } from 'zod';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export const getCustomerBalance = tool({
  name: 'get_customer_balance',
  description: 'Balance and currency of a Stripe customer',
  parameters: z.object({ customerId: z.string() }),
  execute: async ({ customerId }) => {
    const customer = await stripe.customers.retrieve(customerId);
    if (customer.deleted) return 'customer deleted';
    return `${customer.balance} ${customer.currency ?? 'usd'}`;
  },
});

export async function listRecentCharges(customerId: string) {
  const charges = await stripe.charges.list({ customer: customerId, limit: 10 });
  return charges.data.map((charge) => ({ id: charge.id, amount: charge.amount }));
}
