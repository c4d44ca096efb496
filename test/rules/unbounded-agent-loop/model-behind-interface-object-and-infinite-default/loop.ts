// `iteration < maxIterations` with `maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY`: unset, the
// bound is infinite (corpus README question 3), and the model call is `agent.stream(…)` through the `Agent`
// interface, implemented by the object `createAgent` returns. A bound that defaults to a number is clean, and so is
// the same loop shape whose interface call reaches no model.
import type { Agent, Clock } from './types.js';
import { createAgent } from './agent.js';

interface LoopOptions { agent: Agent; messages: unknown[]; maxIterations?: number }

export async function runAgentLoop(options: LoopOptions): Promise<void> {
  const maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY;
  let iteration = 0;
  while (iteration < maxIterations) { // expect: unbounded-agent-loop
    iteration++;
    const result = options.agent.stream({ messages: options.messages, abortSignal: AbortSignal.timeout(60_000) });
    if ((await result.toolCalls).length === 0) return;
  }
}

export async function runBoundedLoop(options: LoopOptions): Promise<void> {
  const maxIterations = options.maxIterations ?? 20;
  let iteration = 0;
  while (iteration < maxIterations) {
    iteration++;
    const result = options.agent.stream({ messages: options.messages, abortSignal: AbortSignal.timeout(60_000) });
    if ((await result.toolCalls).length === 0) return;
  }
}

export async function tickForever(clock: Clock, max?: number): Promise<void> {
  const limit = max ?? Infinity;
  for (let i = 0; i < limit; i++) await clock.tick();
}

export const defaultAgent = createAgent('gpt-5-mini');

declare function agentFromSettings(): Promise<Agent>;

export async function main(): Promise<void> {
  await runAgentLoop({ agent: await agentFromSettings(), messages: [] });
}
