// A Stripe PaymentIntent created without `confirm: true` (the parameter defaults to false) waits for the payer to
// confirm it and charges nothing: a repeat leaves a second unpaid intent (README questions 59, 85 and 120), clean. The
// same create with `confirm: true` charges the saved card at once: a finding.
import Stripe from 'stripe';
import { tool } from 'ai';
import { z } from 'zod';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { timeout: 20_000 });

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
