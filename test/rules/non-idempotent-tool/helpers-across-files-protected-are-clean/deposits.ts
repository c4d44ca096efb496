// Booking deposits through Stripe, keyed by the booking id: a second run with the same booking
// returns the first PaymentIntent instead of charging again.
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function chargeDeposit(bookingId: string, customerId: string, amountCents: number) {
  return stripe.paymentIntents.create(
    { customer: customerId, amount: amountCents, currency: 'eur', confirm: true, off_session: true, metadata: { bookingId } },
    { idempotencyKey: `deposit-${bookingId}` },
  );
}
