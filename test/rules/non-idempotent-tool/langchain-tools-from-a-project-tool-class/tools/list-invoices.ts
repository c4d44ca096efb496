import { z } from 'zod';
import KitTool from '../kit-tool';

// A read: clean.
export default new KitTool({
  name: 'list_invoices',
  description: 'List a customer\'s invoices',
  schema: z.object({ customerId: z.string() }),
  run: async (input, context) => {
    const res = await fetch(`https://billing.example.com/accounts/${context.accountId}/invoices?customer=${input.customerId}`, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  },
});
