// Multi-step AI SDK 7 loops with a finite step bound: `stepCountIs(n)`, `isStepCount(n)`, a
// `hasToolCall` condition combined with a step count, and a custom predicate that does end.
// Not reported.
import { generateText, hasToolCall, isStepCount, stepCountIs, streamText, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const MAX_RESEARCH_STEPS = 15;

const searchPapers = tool({
  description: 'Search an index of research papers',
  inputSchema: z.object({ query: z.string() }),
  execute: async ({ query }) => ({ papers: [`Survey of ${query}`] }),
});

const submitReport = tool({
  description: 'Submit the final report',
  inputSchema: z.object({ report: z.string() }),
  execute: async ({ report }) => ({ accepted: report.length > 0 }),
});

export async function literatureReview(topic: string) {
  const { text } = await generateText({
    model: openai('gpt-5'),
    prompt: `Review the literature on ${topic}.`,
    tools: { searchPapers },
    stopWhen: stepCountIs(8),
    timeout: 300_000,
  });
  return text;
}

export function streamReview(topic: string) {
  return streamText({
    model: openai('gpt-5'),
    prompt: `Review the literature on ${topic}.`,
    tools: { searchPapers },
    stopWhen: isStepCount(MAX_RESEARCH_STEPS),
    timeout: { totalMs: 300_000 },
  });
}

export async function researchAndSubmit(topic: string) {
  const result = await generateText({
    model: openai('gpt-5'),
    prompt: `Research ${topic} and submit a report.`,
    tools: { searchPapers, submitReport },
    stopWhen: [hasToolCall('submitReport'), stepCountIs(20)],
    timeout: 300_000,
  });
  return result.steps.length;
}

export async function quickScan(topic: string) {
  const { text } = await generateText({
    model: openai('gpt-5-mini'),
    prompt: `List the three most cited papers on ${topic}.`,
    tools: { searchPapers },
    stopWhen: ({ steps }) => steps.length >= 4,
    timeout: 120_000,
  });
  return text;
}
