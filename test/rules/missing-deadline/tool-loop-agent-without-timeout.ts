// AI SDK 7 agents take `timeout` in their settings or per call; an agent with neither has no
// deadline on its model calls. The triage agent sets one on construction and is clean.
import { ToolLoopAgent, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const readRunbook = tool({
  description: 'Read the runbook page for a service',
  inputSchema: z.object({ service: z.string() }),
  execute: async ({ service }) => ({ service, steps: ['check dashboards', 'page the owner'] }),
});

const researchAgent = new ToolLoopAgent({
  model: openai('gpt-5'),
  instructions: 'Investigate the incident and propose a root cause.',
  tools: { readRunbook },
});

const triageAgent = new ToolLoopAgent({
  model: openai('gpt-5-mini'),
  instructions: 'Classify the incident severity from SEV1 to SEV4.',
  tools: { readRunbook },
  timeout: { totalMs: 120_000 },
});

export async function investigate(incident: string) {
  const result = await researchAgent.generate({ prompt: incident }); // expect: missing-deadline
  return result.text;
}

export async function triage(incident: string) {
  const result = await triageAgent.generate({ prompt: incident });
  return result.text;
}

export async function investigateWithDeadline(incident: string) {
  const result = await researchAgent.generate({ prompt: incident, timeout: 300_000 });
  return result.text;
}
