// Realtime-agent tools that run in the browser reach the model through the app's own proxy route. A POST that runs
// a model and stores nothing is a completion, not a write (RULES.md: "a retried pure LLM completion with no side
// effect"); a POST to a route that writes, or to another service, stays a write.
import { tool } from '@openai/agents/realtime';
import { z } from 'zod';

async function askSupervisor(body: unknown) {
  const response = await fetch('/api/responses', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...(body as object), parallel_tool_calls: false }),
  });
  return response.json();
}

export const getNextResponse = tool({
  name: 'getNextResponseFromSupervisor',
  description: 'Ask the supervisor model what to say next',
  parameters: z.object({ context: z.string() }),
  execute: async ({ context }) => {
    const answer = await askSupervisor({ model: 'gpt-5', input: context });
    return answer.output_text;
  },
});

export const checkEligibility = tool({
  name: 'checkEligibility',
  description: 'Ask a reasoning model whether a return is eligible',
  parameters: z.object({ orderId: z.string() }),
  execute: async ({ orderId }) => {
    const response = await fetch('/api/responses', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ model: 'o4-mini', input: [{ role: 'user', content: `Is order ${orderId} eligible?` }] }),
    });
    return (await response.json()).output_text;
  },
});

export const fileTicket = tool({
  name: 'fileTicket',
  description: 'File a support ticket summarised by a model',
  parameters: z.object({ text: z.string() }),
  execute: async ({ text }) => {
    const response = await fetch('/api/tickets', { method: 'POST', body: JSON.stringify({ text }) }); // expect: non-idempotent-tool
    return response.ok ? 'filed' : 'failed';
  },
});
