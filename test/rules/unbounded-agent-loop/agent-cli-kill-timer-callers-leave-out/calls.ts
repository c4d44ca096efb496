// The callers of agents.ts: a call that passes no positive `limitMs` (0, or none) leaves the run without a bound and is
// reported; a call passing a positive limit, or one read from settings, is bounded (or not ours to judge).
import { agentFor, reviewDiff, type CodingAgent } from './agents.js';

declare const settings: { runLimitMs: number };

export async function implement(task: string, dir: string) {
  const agent = agentFor(process.env.AGENT ?? 'claude');
  return agent.run({ task, dir, limitMs: 0 }); // expect: unbounded-agent-loop
}

export async function plan(agent: CodingAgent, goal: string) {
  return agent.run({ task: `Plan: ${goal}`, dir: process.cwd() }); // expect: unbounded-agent-loop
}

export async function fixTests(agent: CodingAgent, dir: string) {
  return agent.run({ task: 'Make the failing tests pass.', dir, limitMs: 20 * 60_000 });
}

export async function tidy(agent: CodingAgent, dir: string) {
  return agent.run({ task: 'Tidy the imports.', dir, limitMs: settings.runLimitMs });
}

export function reviewQuickly(diff: string) {
  return reviewDiff(diff, 5 * 60_000);
}

export function reviewAtLeisure(diff: string) {
  return reviewDiff(diff); // expect: unbounded-agent-loop
}
