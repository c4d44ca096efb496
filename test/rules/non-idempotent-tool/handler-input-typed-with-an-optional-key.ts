// Tool functions handed to `tool({ execute })` whose input type declares the idempotency key. Where the type makes it
// optional (`idempotencyKey?: string`), the model leaves it out by default and the invoice is created with no key
// (test/corpus/README.md questions 14, 85): a finding. Where the type requires it, every call carries the model's key
// for the request: clean.
import { tool } from 'ai';
import Stripe from 'stripe';
import { z } from 'zod';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { timeout: 20_000 });

interface InvoiceInput {
  customer: string;
  idempotencyKey?: string;
}

interface CreditNoteInput {
  invoice: string;
  amount: number;
  idempotencyKey: string;
}

async function createInvoice(input: InvoiceInput): Promise<string> {
  const invoice = await stripe.invoices.create({ customer: input.customer }, { idempotencyKey: input.idempotencyKey }); // expect: non-idempotent-tool
  return invoice.id;
}

async function createCreditNote(input: CreditNoteInput): Promise<string> {
  const note = await stripe.creditNotes.create({ invoice: input.invoice, amount: input.amount }, { idempotencyKey: input.idempotencyKey });
  return note.id;
}

export const invoiceTool = tool({
  description: 'Create a draft invoice for a customer',
  inputSchema: z.object({ customer: z.string(), idempotencyKey: z.string().optional() }),
  execute: createInvoice,
});

export const creditNoteTool = tool({
  description: 'Credit part of an invoice',
  inputSchema: z.object({ invoice: z.string(), amount: z.number().int(), idempotencyKey: z.string() }),
  execute: createCreditNote,
});
