// `stepCountIs(Infinity)` / `isStepCount(Infinity)` is a step bound in name only: the loop is
// configured unbounded.
import { isStepCount, stepCountIs, streamText, ToolLoopAgent, tool } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
import { z } from 'zod';

const runTests = tool({
  description: 'Run the project test suite and return failures',
  inputSchema: z.object({ pattern: z.string().optional() }),
  execute: async ({ pattern }) => ({ pattern, failures: [] as string[] }),
});

export function fixFailingTests(task: string) {
  return streamText({
    model: anthropic('claude-sonnet-4-5'),
    prompt: task,
    tools: { runTests },
    stopWhen: stepCountIs(Infinity), // expect: unbounded-agent-loop
    timeout: { stepMs: 120_000 },
  });
}

export const codingAgent = new ToolLoopAgent({
  model: anthropic('claude-sonnet-4-5'),
  instructions: 'Keep fixing the code until every test passes.',
  tools: { runTests },
  stopWhen: isStepCount(Number.POSITIVE_INFINITY), // expect: unbounded-agent-loop
});
