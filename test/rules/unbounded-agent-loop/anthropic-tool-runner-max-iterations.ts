// Anthropic's tool runner (`client.beta.messages.toolRunner`) loops until the model stops calling
// tools and counts iterations only when `max_iterations` is set (@anthropic-ai/sdk 1.12.0,
// src/lib/tools/BetaToolRunner.ts). Without it, or with 0, only the model ends the run; with a finite
// `max_iterations`, or options we cannot see into, there is no finding.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ timeout: 60_000 });

const search = {
  type: 'custom' as const,
  name: 'search',
  description: 'Search the catalogue',
  input_schema: { type: 'object' as const, properties: { query: { type: 'string' } }, required: ['query'] },
  run: async (input: { query: string }) => `results for ${input.query}`,
};

export async function unbounded() {
  const runner = client.beta.messages.toolRunner({ // expect: unbounded-agent-loop
    model: 'claude-sonnet-4-5',
    max_tokens: 1024,
    tools: [search],
    messages: [{ role: 'user', content: 'Find every red shoe.' }],
  });
  return runner.runUntilDone();
}

export async function switchedOff() {
  return client.beta.messages.toolRunner({ // expect: unbounded-agent-loop
    model: 'claude-sonnet-4-5',
    max_tokens: 1024,
    max_iterations: 0,
    tools: [search],
    messages: [{ role: 'user', content: 'Find every red shoe.' }],
  }).runUntilDone();
}

export async function bounded() {
  return client.beta.messages.toolRunner({
    model: 'claude-sonnet-4-5',
    max_tokens: 1024,
    max_iterations: 10,
    tools: [search],
    messages: [{ role: 'user', content: 'Find every red shoe.' }],
  }).runUntilDone();
}

export async function optionsFromCaller(params: Parameters<typeof client.beta.messages.toolRunner>[0]) {
  return client.beta.messages.toolRunner(params).runUntilDone();
}
