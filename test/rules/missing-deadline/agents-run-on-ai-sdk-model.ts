// An Agents SDK run on the OpenAI client inherits its 10-minute default (lower severity); the same run
// on an AI SDK model has no default deadline at all (full severity); a run with a signal is bounded.
import { openai } from '@ai-sdk/openai';
import { Agent, run } from '@openai/agents';
import { aisdk } from '@openai/agents-extensions';

const onOpenAI = new Agent({ name: 'Triage', instructions: 'Route the ticket.', model: 'gpt-5-mini' });
const onAiSdk = new Agent({ name: 'Triage', instructions: 'Route the ticket.', model: aisdk(openai('gpt-5-mini')) });

export async function triage(ticket: string) {
  const first = await run(onOpenAI, ticket); // expect: missing-deadline severity=warn
  const second = await run(onAiSdk, ticket); // expect: missing-deadline
  const bounded = await run(onAiSdk, ticket, { signal: AbortSignal.timeout(120_000) });
  return [first.finalOutput, second.finalOutput, bounded.finalOutput];
}
