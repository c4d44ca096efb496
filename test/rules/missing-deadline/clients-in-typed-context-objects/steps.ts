// Steps that reach their clients through the context's declared types (with and without node_modules):
// `ctx.clients.openai`, `{ clients }` destructured from a parameter, `const { anthropic } = clients`,
// and a pooled client known only from its factory's return type. None sets a deadline (lower severity);
// the call that passes `timeout` is clean.
import { pooledClient, type AgentContext } from './context.js';

export async function summarise(ctx: AgentContext, text: string) {
  const completion = await ctx.clients.openai.chat.completions.create({ // expect: missing-deadline severity=warn
    model: 'gpt-5-mini',
    messages: [{ role: 'user', content: `Summarise for ${ctx.userId}:\n${text}` }],
  });
  return completion.choices[0]?.message.content ?? '';
}

export async function critique({ clients }: AgentContext, text: string) {
  const { anthropic } = clients;
  const message = await anthropic!.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 300, messages: [{ role: 'user', content: text }] }); // expect: missing-deadline severity=warn
  return message.content;
}

export async function carefulSummary(ctx: AgentContext, text: string) {
  return ctx.clients.openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: text }] }, { timeout: 20_000 });
}

export async function classify(text: string) {
  const client = await pooledClient();
  const response = await client.responses.create({ model: 'gpt-5-mini', input: `Classify: ${text}` }); // expect: missing-deadline severity=warn
  return response.output_text;
}
