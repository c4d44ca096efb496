// generateText and streamText with tools but no `stopWhen` stop after one step (the AI SDK 7
// default `isStepCount(1)`), so there is no loop to bound. Not reported.
import { generateText, streamText, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const getTime = tool({
  description: 'Current time in an IANA time zone',
  inputSchema: z.object({ timeZone: z.string() }),
  execute: async ({ timeZone }) => new Date().toLocaleString('en-GB', { timeZone }),
});

export async function whatTimeIsIt(question: string) {
  const result = await generateText({ model: openai('gpt-5-nano'), prompt: question, tools: { getTime }, timeout: 20_000 });
  return result.toolResults;
}

export function streamTimeAnswer(question: string) {
  return streamText({ model: openai('gpt-5-nano'), prompt: question, tools: { getTime }, timeout: 20_000 });
}
