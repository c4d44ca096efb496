// OpenAI Agents SDK: per-tool `timeoutMs` aborts the signal handed to execute; it bounds a call
// inside the tool only when that signal is passed on. The first tool drops it (reported); the
// second passes `details.signal` to fetch (clean).
import { Agent, run, tool } from '@openai/agents';
import { z } from 'zod';

const checkStock = tool({
  name: 'check_stock',
  description: 'Units in stock for a SKU across all warehouses',
  parameters: z.object({ sku: z.string() }),
  timeoutMs: 5_000,
  execute: async ({ sku }) => {
    const res = await fetch(`https://inventory.example.com/skus/${sku}/stock`); // expect: missing-deadline
    const body = (await res.json()) as { units: number };
    return `${body.units} units of ${sku} in stock`;
  },
});

const getDeliveryEstimate = tool({
  name: 'get_delivery_estimate',
  description: 'Estimated delivery date for a SKU to a postcode',
  parameters: z.object({ sku: z.string(), postcode: z.string() }),
  timeoutMs: 8_000,
  execute: async ({ sku, postcode }, _context, details) => {
    const res = await fetch(`https://logistics.example.com/estimate?sku=${sku}&postcode=${postcode}`, {
      signal: details?.signal,
    });
    return JSON.stringify(await res.json());
  },
});

const salesAgent = new Agent({
  name: 'Sales assistant',
  instructions: 'Answer stock and delivery questions for shop customers.',
  tools: [checkStock, getDeliveryEstimate],
});

export async function askSales(question: string) {
  const result = await run(salesAgent, question, { signal: AbortSignal.timeout(90_000) });
  return result.finalOutput;
}
