// `maxSteps: Infinity` (the AI SDK v4 option, still accepted by Mastra's agent.generate) sets
// the tool loop unbounded.
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { Agent } from '@mastra/core/agent';

export async function legacyAssistant(prompt: string, tools: Parameters<typeof generateText>[0]['tools']) {
  const { text } = await generateText({
    model: openai('gpt-4o'),
    prompt,
    tools,
    maxSteps: Infinity, // expect: unbounded-agent-loop
    abortSignal: AbortSignal.timeout(300_000),
  });
  return text;
}

const plannerAgent = new Agent({
  name: 'planner',
  instructions: 'Break the goal into tasks and schedule them.',
  model: 'openai/gpt-5-mini',
});

export async function plan(goal: string) {
  const result = await plannerAgent.generate(goal, {
    maxSteps: Infinity, // expect: unbounded-agent-loop
    abortSignal: AbortSignal.timeout(300_000),
  });
  return result.text;
}
