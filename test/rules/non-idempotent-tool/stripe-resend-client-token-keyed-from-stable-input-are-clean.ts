// Options-style keys from stable input: a Stripe idempotencyKey built from the order id (passed by
// shorthand from a variable), a Resend idempotencyKey from the order id, and a `clientToken` set to
// the Agents SDK tool call id. A re-run sends the same key, so none of these is a finding.
import Stripe from 'stripe';
import { Resend } from 'resend';
import axios from 'axios';
import { Agent, tool } from '@openai/agents';
import { z } from 'zod';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const resend = new Resend(process.env.RESEND_API_KEY);

const chargeOrder = tool({
  name: 'charge_order',
  description: 'Charge the customer for an order',
  parameters: z.object({ orderId: z.string(), customerId: z.string(), amountCents: z.number().int() }),
  execute: async ({ orderId, customerId, amountCents }) => {
    const idempotencyKey = `order-${orderId}-charge`;
    const intent = await stripe.paymentIntents.create(
      { customer: customerId, amount: amountCents, currency: 'eur', confirm: true, off_session: true },
      { idempotencyKey },
    );
    return intent.status;
  },
});

const sendReceipt = tool({
  name: 'send_receipt',
  description: 'Email the receipt of an order',
  parameters: z.object({ orderId: z.string(), email: z.string().email() }),
  execute: async ({ orderId, email }) => {
    const { error } = await resend.emails.send(
      { from: 'Shop <receipts@shop.dev>', to: email, subject: `Receipt for order ${orderId}`, html: '<p>Thanks!</p>' },
      { idempotencyKey: `receipt/${orderId}` },
    );
    return error ? `not sent: ${error.message}` : 'sent';
  },
});

const requestPayout = tool({
  name: 'request_payout',
  description: 'Pay a seller their balance',
  parameters: z.object({ sellerId: z.string(), amountCents: z.number().int() }),
  execute: async ({ sellerId, amountCents }, _context, details) => {
    const { data } = await axios.post(
      'https://payouts.example.com/v1/payouts',
      { sellerId, amountCents, clientToken: details?.toolCall?.callId },
      { timeout: 15_000, signal: details?.signal },
    );
    return `payout ${data.id} requested`;
  },
});

export const cashierAgent = new Agent({
  name: 'Cashier',
  instructions: 'Take payments, send receipts and pay sellers.',
  tools: [chargeOrder, sendReceipt, requestPayout],
});
