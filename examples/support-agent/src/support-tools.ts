// The tools the support agent's model may call: look up a ticket, leave a note, refund a charge.
// Planted bugs: the refund and the note are not idempotent, so a repeated tool call repeats the write.
import { tool } from 'ai';
import { z } from 'zod';
import { stripe } from './clients.js';
import { addTicketNote, getTicket } from './ticket-api.js';

export const lookupTicket = tool({
  description: 'Fetch a support ticket: subject, status, customer and the charge it is about.',
  inputSchema: z.object({ ticketId: z.string() }),
  execute: async ({ ticketId }, { abortSignal }) => getTicket(ticketId, abortSignal),
});

export const addNote = tool({
  description: 'Add an internal note to a ticket, e.g. what was done and why.',
  inputSchema: z.object({ ticketId: z.string(), note: z.string().max(2_000) }),
  execute: async ({ ticketId, note }, { abortSignal }) => {
    // BUG: a model that calls addNote twice (or a step that is retried) leaves two notes.
    await addTicketNote(ticketId, note, abortSignal); // expect: non-idempotent-tool
    return { ok: true };
  },
});

export const issueRefund = tool({
  description: 'Refund (part of) the charge a ticket is about. Amount in cents.',
  inputSchema: z.object({ ticketId: z.string(), chargeId: z.string(), amountCents: z.number().int().positive() }),
  execute: async ({ chargeId, amountCents }) => {
    // BUG: stripe-node's automatic key covers only its own network retries inside this call.
    // When the tool itself runs again, Stripe sees a new request and refunds the customer twice.
    const refund = await stripe.refunds.create({ charge: chargeId, amount: amountCents }); // expect: non-idempotent-tool
    return { refundId: refund.id, status: refund.status };
  },
});

export const supportTools = { lookupTicket, addNote, issueRefund };
