// A Mastra workflow step's `execute` written as a method (`async execute({ inputData, mastra }) { … }`) is handed the
// same `{ inputData, mastra }` as the arrow-property form: `mastra.getAgent(…)` is one of the Mastra instance's agents,
// whose generate calls the model (built on the AI SDK: no default deadline). Clean: the twin call with an abortSignal,
// and a method of the same name on an object no Mastra factory receives.
import { createStep } from '@mastra/core/workflows';
import { z } from 'zod';

export const summariseTickets = createStep({
  id: 'summarise-tickets',
  inputSchema: z.object({ tickets: z.array(z.string()) }),
  outputSchema: z.object({ summary: z.string(), tags: z.string() }),
  async execute({ inputData, mastra }) {
    const summariser = mastra.getAgent('ticketSummariser');
    const summary = await summariser.generate(inputData.tickets.join('\n')); // expect: missing-deadline
    const tagger = mastra.getAgent('ticketTagger');
    const tags = await tagger.generate(summary.text, { abortSignal: AbortSignal.timeout(45_000) });
    return { summary: summary.text, tags: tags.text };
  },
});

const localSteps = {
  async execute({ mastra }: { mastra: { getAgent(name: string): { generate(text: string): Promise<{ text: string }> } } }) {
    return mastra.getAgent('offline').generate('no network here');
  },
};

export const runLocal = () => localSteps.execute({ mastra: { getAgent: () => ({ generate: async (text: string) => ({ text }) }) } });
