// In @openai/agents 0.20, `maxTurns: null` switches the turn limit off (the runner checks
// `maxTurns !== null` before enforcing it): the run is configured unbounded.
import { Agent, run } from '@openai/agents';

const triage = new Agent({
  name: 'Triage',
  instructions: 'Route the request to the right team and keep following up until it is resolved.',
});

export async function triageRequest(request: string) {
  const result = await run(triage, request, {
    maxTurns: null, // expect: unbounded-agent-loop
    signal: AbortSignal.timeout(300_000),
  });
  return result.finalOutput;
}
