// The OpenAI Agents SDK's `run()` is built on another SDK's client (the openai client, or an AI SDK model
// through `aisdk()`): RULES.md's missing-deadline lists the underlying SDKs' calls, and an SDK built on them
// counts only where the project hands it a fetch (test/corpus/README.md, settled question 1). So no run here
// is reported by this rule — while unbounded-agent-loop still counts `run()` as a model call. The direct
// openai call beside them is reported as usual (lower severity: the client's 10-minute default).
import { openai } from '@ai-sdk/openai';
import { Agent, run } from '@openai/agents';
import { aisdk } from '@openai/agents-extensions';
import OpenAI from 'openai';

const client = new OpenAI();
const onOpenAI = new Agent({ name: 'Triage', instructions: 'Route the ticket.', model: 'gpt-5-mini' });
const onAiSdk = new Agent({ name: 'Triage', instructions: 'Route the ticket.', model: aisdk(openai('gpt-5-mini')) });

export async function triage(ticket: string) {
  const first = await run(onOpenAI, ticket);
  const second = await run(onAiSdk, ticket);
  const bounded = await run(onAiSdk, ticket, { signal: AbortSignal.timeout(120_000) });
  const summary = await client.responses.create({ model: 'gpt-5-mini', input: ticket }); // expect: missing-deadline severity=warn
  return [first.finalOutput, second.finalOutput, bounded.finalOutput, summary.output_text];
}
