// A ToolLoopAgent with no `stopWhen` stops after 20 steps (AI SDK 7 default `isStepCount(20)`),
// and one with an explicit `stepCountIs(30)` is bounded too. Not reported.
import { stepCountIs, ToolLoopAgent, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const readIssue = tool({
  description: 'Read a GitHub issue with its comments',
  inputSchema: z.object({ number: z.number().int() }),
  execute: async ({ number }) => ({ number, title: 'Crash on startup', comments: [] as string[] }),
});

export const issueTriageAgent = new ToolLoopAgent({
  model: openai('gpt-5-mini'),
  instructions: 'Label the issue and suggest an owner.',
  tools: { readIssue },
  timeout: 120_000,
});

export const releaseNotesAgent = new ToolLoopAgent({
  model: openai('gpt-5'),
  instructions: 'Read every issue closed in the milestone and write release notes.',
  tools: { readIssue },
  stopWhen: stepCountIs(30),
  timeout: 600_000,
});

export async function triageIssue(number: number) {
  const result = await issueTriageAgent.generate({ prompt: `Triage issue #${number}` });
  return result.text;
}
