// Vercel AI SDK tool() handed to generateText: `createPayment` POSTs a payment with no idempotency
// key, so a re-run of the tool call pays twice. `getPaymentStatus` only GETs and stays clean.
import { generateText, stepCountIs, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const PAYMENTS_API = process.env.PAYMENTS_API ?? 'https://payments.internal.example.com';

export async function runBillingAgent(prompt: string) {
  const result = await generateText({
    model: openai('gpt-4.1'),
    timeout: 60_000,
    stopWhen: stepCountIs(5),
    prompt,
    tools: {
      createPayment: tool({
        description: 'Charge a customer for an invoice',
        inputSchema: z.object({
          customerId: z.string(),
          invoiceId: z.string(),
          amountCents: z.number().int().positive(),
        }),
        execute: async ({ customerId, invoiceId, amountCents }, { abortSignal }) => {
          const res = await fetch(`${PAYMENTS_API}/v1/payments`, { // expect: non-idempotent-tool
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ customerId, invoiceId, amountCents }),
            signal: abortSignal,
          });
          if (!res.ok) return { error: `payment failed with ${res.status}` };
          return (await res.json()) as { paymentId: string; status: string };
        },
      }),
      getPaymentStatus: tool({
        description: 'Look up the status of a payment',
        inputSchema: z.object({ paymentId: z.string() }),
        execute: async ({ paymentId }, { abortSignal }) => {
          const res = await fetch(`${PAYMENTS_API}/v1/payments/${encodeURIComponent(paymentId)}`, {
            signal: abortSignal,
          });
          return (await res.json()) as { status: string };
        },
      }),
    },
  });
  return result.text;
}
