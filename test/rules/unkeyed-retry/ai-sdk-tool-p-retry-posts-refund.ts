// A support agent's refund tool wraps the payments POST in p-retry with no idempotency key:
// a timeout after the server committed the refund makes p-retry send a second refund.
import { generateText, stepCountIs, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import pRetry, { AbortError } from 'p-retry';
import { z } from 'zod';

const PAYMENTS_URL = process.env.PAYMENTS_URL ?? 'https://payments.internal.example.com';

export const issueRefund = tool({
  description: 'Refund part or all of a customer order',
  inputSchema: z.object({
    orderId: z.string(),
    amountCents: z.number().int().positive(),
    reason: z.enum(['damaged', 'late', 'other']),
  }),
  execute: async ({ orderId, amountCents, reason }, { abortSignal }) => {
    const refund = await pRetry(
      async () => {
        const res = await fetch(`${PAYMENTS_URL}/v1/refunds`, { // expect: unkeyed-retry
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ orderId, amountCents, reason }),
          signal: AbortSignal.any([abortSignal!, AbortSignal.timeout(10_000)]),
        });
        if (res.status === 422) throw new AbortError(await res.text());
        if (!res.ok) throw new Error(`refund failed: ${res.status}`);
        return (await res.json()) as { refundId: string };
      },
      { retries: 3, minTimeout: 500, randomize: true },
    );
    return { refundId: refund.refundId };
  },
});

export async function handleTicket(ticketText: string) {
  return generateText({
    model: openai('gpt-5-mini'),
    system: 'You are a support agent. Refund only when the policy allows it.',
    prompt: ticketText,
    tools: { issueRefund },
    stopWhen: stepCountIs(5),
    timeout: 60_000,
  });
}
