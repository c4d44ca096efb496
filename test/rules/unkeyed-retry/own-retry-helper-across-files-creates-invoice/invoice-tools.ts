// LangChain tools for the finance agent. The create tool routes a non-idempotent helper through
// the shared retry wrapper; the list tool routes a read through it, which is harmless.
import { DynamicStructuredTool } from '@langchain/core/tools';
import { z } from 'zod';
import { createInvoice, listInvoices } from './billing-api.js';
import { withRetries } from './with-retries.js';

export const createInvoiceTool = new DynamicStructuredTool({
  name: 'create_invoice',
  description: 'Create an invoice for a customer',
  schema: z.object({
    customerId: z.string(),
    lines: z.array(z.object({ description: z.string(), amountCents: z.number().int() })),
  }),
  func: async ({ customerId, lines }) => {
    const { invoiceId } = await withRetries(() =>
      createInvoice(customerId, lines), // expect: unkeyed-retry
    );
    return `Created invoice ${invoiceId}`;
  },
});

export const listInvoicesTool = new DynamicStructuredTool({
  name: 'list_invoices',
  description: 'List a customer’s invoices',
  schema: z.object({ customerId: z.string() }),
  func: async ({ customerId }) => JSON.stringify(await withRetries(() => listInvoices(customerId))),
});
