// AI SDK tools: settleInvoice reaches a POST two files away, so the finding is at its call to
// chargeInvoice. invoiceBalance only reads through the same service module and stays clean.
import { tool } from 'ai';
import { z } from 'zod';
import { chargeInvoice, getInvoice } from './billing-service.js';

export const settleInvoice = tool({
  description: 'Charge the open balance of an invoice to the customer’s card on file',
  inputSchema: z.object({ invoiceId: z.string() }),
  execute: async ({ invoiceId }) => {
    const outcome = await chargeInvoice(invoiceId); // expect: non-idempotent-tool
    return `charged ${outcome.amountCents / 100} USD (${outcome.chargeId})`;
  },
});

export const invoiceBalance = tool({
  description: 'Show the open balance of an invoice',
  inputSchema: z.object({ invoiceId: z.string() }),
  execute: async ({ invoiceId }) => {
    const invoice = await getInvoice(invoiceId);
    return { openCents: invoice.openCents };
  },
});
