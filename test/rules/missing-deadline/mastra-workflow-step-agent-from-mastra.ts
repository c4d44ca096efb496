// A Mastra workflow step's `execute` receives `{ inputData, mastra }`, the Mastra instance the workflow runs on: the
// agent `mastra.getAgent(…)` returns calls the model (built on the AI SDK: no default deadline). Clean: a call with an
// abortSignal, and a `getAgent` on an object of our own.
import { createStep } from '@mastra/core/workflows';
import { z } from 'zod';

export const draftReport = createStep({
  id: 'draft-report',
  inputSchema: z.object({ topic: z.string() }),
  outputSchema: z.object({ report: z.string() }),
  execute: async ({ inputData, mastra }) => {
    const writer = mastra.getAgent('reportAgent');
    const draft = await writer.generate(`Write a report on ${inputData.topic}`); // expect: missing-deadline
    const checked = await mastra.getAgent('reviewAgent').generate(draft.text, { abortSignal: AbortSignal.timeout(60_000) });
    return { report: checked.text };
  },
});

const registry = { getAgent: (_name: string) => ({ generate: async (text: string) => ({ text }) }) };

export async function offline(topic: string) {
  return registry.getAgent('local').generate(topic);
}
