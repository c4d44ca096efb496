// A Stripe PaymentIntent created without `confirm: true` charges nothing (README question 120): clean, even though
// this comment says the customer's page later runs stripe.paymentIntents.confirm and a test helper (test-helpers.ts)
// mocks paymentIntents.confirm — neither is a call of the package's own code confirming intents. Charging the saved
// card at once (`confirm: true`) is a finding.
import Stripe from 'stripe';
import { tool } from 'ai';
import { z } from 'zod';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { timeout: 20_000 });

export const requestPayment = tool({
  description: 'Create a payment the customer completes in checkout',
  inputSchema: z.object({ amountCents: z.number().int(), currency: z.string(), customerId: z.string() }),
  execute: async ({ amountCents, currency, customerId }) => {
    const intent = await stripe.paymentIntents.create({ amount: amountCents, currency, customer: customerId, automatic_payment_methods: { enabled: true } });
    return intent.client_secret;
  },
});

export const chargeNow = tool({
  description: 'Charge the saved card now',
  inputSchema: z.object({ amountCents: z.number().int(), customerId: z.string(), paymentMethodId: z.string() }),
  execute: async ({ amountCents, customerId, paymentMethodId }) => {
    const intent = await stripe.paymentIntents.create({ // expect: non-idempotent-tool
      amount: amountCents, currency: 'usd', customer: customerId, payment_method: paymentMethodId, confirm: true, off_session: true,
    });
    return intent.status;
  },
});
