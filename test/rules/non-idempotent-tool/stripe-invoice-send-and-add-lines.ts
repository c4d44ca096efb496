// Stripe invoice methods that are not named create: sendInvoice e-mails the invoice to the customer again on every
// call (POST /v1/invoices/{id}/send), and addLines adds the line items once more. Retrieving an invoice and listing
// its lines are reads, and a send keyed by the tool call id is deduped by Stripe: both stay clean.
import Stripe from 'stripe';
import { tool } from 'ai';
import { z } from 'zod';

const billing = new Stripe(process.env.STRIPE_KEY!, { timeout: 15_000 });

async function deliverInvoice(invoiceId: string) {
  const sent = await billing.invoices.sendInvoice(invoiceId);
  return { status: sent.status, url: sent.hosted_invoice_url };
}

export const emailInvoice = tool({
  description: 'E-mail an open invoice to the customer',
  inputSchema: z.object({ invoiceId: z.string() }),
  execute: async ({ invoiceId }) => deliverInvoice(invoiceId), // expect: non-idempotent-tool
});

export const addInvoiceLines = tool({
  description: 'Add line items to a draft invoice',
  inputSchema: z.object({ invoiceId: z.string(), priceIds: z.array(z.string()) }),
  execute: async ({ invoiceId, priceIds }) => {
    const invoice = await billing.invoices.addLines(invoiceId, { // expect: non-idempotent-tool
      lines: priceIds.map((price) => ({ pricing: { price } })),
    });
    return { total: invoice.total };
  },
});

export const resendInvoiceOnce = tool({
  description: 'E-mail an invoice, once per tool call',
  inputSchema: z.object({ invoiceId: z.string() }),
  execute: async ({ invoiceId }, { toolCallId }) => {
    const sent = await billing.invoices.sendInvoice(invoiceId, {}, { idempotencyKey: `send-${toolCallId}` });
    return { status: sent.status };
  },
});

export const showInvoice = tool({
  description: 'Show an invoice and its lines',
  inputSchema: z.object({ invoiceId: z.string() }),
  execute: async ({ invoiceId }) => {
    const invoice = await billing.invoices.retrieve(invoiceId);
    const lines = await billing.invoices.listLineItems(invoiceId, { limit: 20 });
    return { status: invoice.status, lines: lines.data.map((line) => line.description) };
  },
});
