import { z } from 'zod';
import KitTool from '../kit-tool';

const createInvoice = new KitTool({
  name: 'create_invoice',
  description: 'Create an invoice for a customer',
  schema: z.object({ customerId: z.string(), cents: z.number() }),
  run: async (input, context) => {
    const res = await fetch(`https://billing.example.com/accounts/${context.accountId}/invoices`, { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(10_000),
    });
    return res.json();
  },
});

export default createInvoice;
