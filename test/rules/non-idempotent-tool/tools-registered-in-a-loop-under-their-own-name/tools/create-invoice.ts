import type { ToolCallback } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { z } from 'zod';

type Params = z.ZodObject<{ customer: z.ZodString; amount: z.ZodNumber }>;

export const createInvoice: ToolCallback<{
  params: Params;
}> = async (args) => {
  const response = await fetch('https://billing.example.com/api/invoices', { method: 'POST', body: JSON.stringify(args.params), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: await response.text() }] };
};

export const getInvoice: ToolCallback<{
  params: Params;
}> = async (args) => {
  const response = await fetch(`https://billing.example.com/api/invoices/${String((args.params as { id?: string }).id)}`, { signal: AbortSignal.timeout(10_000) });
  return { content: [{ type: 'text', text: await response.text() }] };
};
