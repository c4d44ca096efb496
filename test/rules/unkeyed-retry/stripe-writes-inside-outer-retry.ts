// Stripe writes wrapped in the app's own retries. stripe-node keys only its internal retries:
// each outer attempt gets a fresh automatic key, so the customer is charged once per attempt.
// A key minted inside the retried code changes per attempt too.
import pRetry from 'p-retry';
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { tool } from 'ai';
import { z } from 'zod';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { timeout: 20_000 });

export const chargeDeposit = tool({
  description: 'Charge the booking deposit to the customer’s saved card',
  inputSchema: z.object({ customerId: z.string(), paymentMethodId: z.string(), amountCents: z.number().int() }),
  execute: async ({ customerId, paymentMethodId, amountCents }) => {
    const intent = await pRetry(
      () =>
        stripe.paymentIntents.create({ // expect: unkeyed-retry
          amount: amountCents,
          currency: 'eur',
          customer: customerId,
          payment_method: paymentMethodId,
          confirm: true,
          off_session: true,
        }),
      { retries: 2, randomize: true },
    );
    return { paymentIntentId: intent.id, status: intent.status };
  },
});

export async function refundWithRetries(chargeId: string, amountCents: number) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await stripe.refunds.create( // expect: unkeyed-retry
        { charge: chargeId, amount: amountCents },
        { idempotencyKey: randomUUID() },
      );
    } catch (error) {
      if (attempt >= 2 || !(error instanceof Stripe.errors.StripeConnectionError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000 * (attempt + 1) + Math.random() * 300));
    }
  }
}
