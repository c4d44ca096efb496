// AI SDK 7 generateObject and streamObject take only `abortSignal`, not `timeout`: a `timeout`
// passed to generateObject (a type error in TS, silently ignored in JS or behind a cast) bounds
// nothing, so the call is still reported. `abortSignal` clears it.
import { generateObject, streamObject } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const invoiceSchema = z.object({
  vendor: z.string(),
  totalCents: z.number().int(),
  dueDate: z.string(),
});

export async function extractInvoice(pdfText: string) {
  const { object } = await generateObject({ // expect: missing-deadline
    model: openai('gpt-5-mini'),
    schema: invoiceSchema,
    prompt: `Extract the invoice fields:\n${pdfText}`,
    timeout: 30_000,
  });
  return object;
}

export async function extractInvoiceBounded(pdfText: string) {
  const { object } = await generateObject({
    model: openai('gpt-5-mini'),
    schema: invoiceSchema,
    prompt: `Extract the invoice fields:\n${pdfText}`,
    abortSignal: AbortSignal.timeout(30_000),
  });
  return object;
}

export function streamLineItems(pdfText: string, signal: AbortSignal) {
  return streamObject({
    model: openai('gpt-5-mini'),
    output: 'array',
    schema: z.object({ description: z.string(), amountCents: z.number().int() }),
    prompt: `List the invoice line items:\n${pdfText}`,
    abortSignal: signal,
  });
}
