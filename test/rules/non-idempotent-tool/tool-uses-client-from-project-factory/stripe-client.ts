// A lazily made Stripe client behind a project factory, and a Resend client behind a getter of a
// project class. Nothing here is typed: what each returns is found by following the returns and the
// assignments they cache through.
import { Resend } from 'resend';
import Stripe from 'stripe';

let stripe;

export function getStripe() {
  if (!stripe) stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');
  return stripe;
}

export class Notifier {
  #resend;

  get resend() {
    this.#resend ??= new Resend(process.env.RESEND_API_KEY);
    return this.#resend;
  }
}

export const notifier = new Notifier();
