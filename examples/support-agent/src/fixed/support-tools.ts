// The fixed twin of ../support-tools.ts: each write carries an idempotency key built from stable
// input, so a tool that runs twice for the same request writes once.
import { createHash } from 'node:crypto';
import { tool } from 'ai';
import { z } from 'zod';
import { stripe } from '../clients.js';
import { addTicketNoteOnce, getTicket } from '../ticket-api.js';

export const lookupTicket = tool({
  description: 'Fetch a support ticket: subject, status, customer and the charge it is about.',
  inputSchema: z.object({ ticketId: z.string() }),
  execute: async ({ ticketId }, { abortSignal }) => getTicket(ticketId, abortSignal),
});

export const addNote = tool({
  description: 'Add an internal note to a ticket, e.g. what was done and why.',
  inputSchema: z.object({ ticketId: z.string(), note: z.string().max(2_000) }),
  execute: async ({ ticketId, note }, { abortSignal }) => {
    // The same note on the same ticket is the same write: a hash of the arguments is a stable key.
    const noteKey = createHash('sha256').update(`${ticketId}\n${note}`).digest('hex');
    await addTicketNoteOnce(ticketId, note, noteKey, abortSignal);
    return { ok: true };
  },
});

export const issueRefund = tool({
  description: 'Refund (part of) the charge a ticket is about. Amount in cents.',
  inputSchema: z.object({ ticketId: z.string(), chargeId: z.string(), amountCents: z.number().int().positive() }),
  execute: async ({ ticketId, chargeId, amountCents }) => {
    // Business key: one refund per ticket and charge, however often the model asks for it.
    const refund = await stripe.refunds.create(
      { charge: chargeId, amount: amountCents },
      { idempotencyKey: `refund:${ticketId}:${chargeId}` },
    );
    return { refundId: refund.id, status: refund.status };
  },
});

export const supportTools = { lookupTicket, addNote, issueRefund };
