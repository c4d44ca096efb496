// Refund operations shared by the web app, a script and the agent. issueRefund writes with no key,
// but only the HTTP route and the script call it; the agent's tool uses getRefund alone.
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function issueRefund(chargeId: string, amountCents?: number) {
  return stripe.refunds.create({ charge: chargeId, amount: amountCents });
}

export async function getRefund(refundId: string) {
  return stripe.refunds.retrieve(refundId);
}
