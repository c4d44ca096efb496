// OpenAI Agents SDK `run()` stops after 10 turns by default; an explicit finite `maxTurns` is
// bounded too. Not reported.
import { Agent, run, tool } from '@openai/agents';
import { z } from 'zod';

const getRefundStatus = tool({
  name: 'get_refund_status',
  description: 'Status of a refund request',
  parameters: z.object({ refundId: z.string() }),
  execute: async ({ refundId }) => `refund ${refundId} is being processed`,
});

const refundsAgent = new Agent({
  name: 'Refunds',
  instructions: 'Answer questions about refund requests.',
  tools: [getRefundStatus],
});

export async function askRefunds(question: string) {
  const result = await run(refundsAgent, question, { signal: AbortSignal.timeout(60_000) });
  return result.finalOutput;
}

export async function askRefundsThoroughly(question: string) {
  const result = await run(refundsAgent, question, { maxTurns: 25, signal: AbortSignal.timeout(180_000) });
  return result.finalOutput;
}
