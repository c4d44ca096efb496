// Mastra agents run on the AI SDK, which has no default deadline: generate/stream with no
// abortSignal are reported. The last function passes a timeout signal and is clean.
import { Agent } from '@mastra/core/agent';
import { createTool } from '@mastra/core/tools';
import { z } from 'zod';

const lookupPolicy = createTool({
  id: 'lookup-policy',
  description: 'Return the refund policy for a product category',
  inputSchema: z.object({ category: z.string() }),
  execute: async ({ category }) => ({ category, refundWindowDays: category === 'electronics' ? 14 : 30 }),
});

export const policyAgent = new Agent({
  name: 'policy-agent',
  instructions: 'Answer refund-policy questions using the lookup-policy tool.',
  model: 'openai/gpt-5-mini',
  tools: { lookupPolicy },
});

export async function askPolicy(question: string) {
  const response = await policyAgent.generate(question); // expect: missing-deadline
  return response.text;
}

export async function streamPolicy(question: string) {
  const stream = await policyAgent.stream([{ role: 'user', content: question }]); // expect: missing-deadline
  return stream.textStream;
}

export async function askPolicyBounded(question: string) {
  const response = await policyAgent.generate(question, { abortSignal: AbortSignal.timeout(45_000) });
  return response.text;
}
