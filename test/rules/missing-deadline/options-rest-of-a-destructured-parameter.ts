// A helper that takes the AI SDK's options apart and spreads the rest into the call (`agent({ maxSteps, ...rest })`):
// the rest is what each caller passes, minus the names taken out. Every caller passing a model and a system prompt
// only leaves the call with no deadline — a finding; every caller passing `abortSignal` bounds it. A helper that takes
// the signal itself out of the options (and drops it) is not judged from its callers here.
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

type Options = Parameters<typeof generateText>[0];

export function agent({ maxSteps = 10, ...rest }: Options & { maxSteps?: number }) {
  return async (input: string) => generateText({ ...rest, prompt: `Instruction: ${input}` }); // expect: missing-deadline
}

export const researcher = agent({ model: openai('gpt-4.1'), system: 'You research.' });
export const writer = agent({ model: openai('gpt-4.1'), system: 'You write.', maxSteps: 3 });

export function boundedAgent({ maxSteps = 5, ...rest }: Options & { maxSteps?: number }) {
  return async (input: string) => generateText({ ...rest, prompt: input });
}

export const reviewer = boundedAgent({ model: openai('gpt-4.1'), abortSignal: AbortSignal.timeout(60_000) });

export function quietAgent({ abortSignal, ...rest }: Options) {
  return async (input: string) => generateText({ ...rest, prompt: input });
}

export const summariser = quietAgent({ model: openai('gpt-4.1'), abortSignal: AbortSignal.timeout(30_000) });
