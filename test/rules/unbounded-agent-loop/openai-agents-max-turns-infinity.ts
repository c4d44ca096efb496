// OpenAI Agents SDK `run()` stops after 10 turns by default; `maxTurns: Infinity` removes that
// bound.
import { Agent, run, tool } from '@openai/agents';
import { z } from 'zod';

const readFile = tool({
  name: 'read_file',
  description: 'Read a file from the repository',
  parameters: z.object({ path: z.string() }),
  execute: async ({ path }) => `contents of ${path}`,
});

const reviewer = new Agent({
  name: 'Code reviewer',
  instructions: 'Review the change; read every file you need.',
  tools: [readFile],
});

export async function reviewChange(diff: string) {
  const result = await run(reviewer, `Review this diff:\n${diff}`, {
    maxTurns: Infinity, // expect: unbounded-agent-loop
    signal: AbortSignal.timeout(600_000),
  });
  return result.finalOutput;
}
