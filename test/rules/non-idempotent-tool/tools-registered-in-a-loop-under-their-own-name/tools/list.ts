import { z } from 'zod';

export const INVOICE_TOOLS = [
  { name: 'create_invoice', description: 'Create an invoice', inputSchema: z.object({ customer: z.string(), amount: z.number() }) },
  { name: 'get_invoice', description: 'Read an invoice', inputSchema: z.object({ id: z.string() }) },
] as const;
