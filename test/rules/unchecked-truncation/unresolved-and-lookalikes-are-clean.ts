// Near-misses: a client we cannot resolve, a local object shaped like the OpenAI client, and a result
// handed whole to a validator that may check the signal.
const llm = {
  chat: { completions: { create: async (_: unknown) => ({ choices: [{ message: { content: '{}' }, finish_reason: 'stop' }] }) } },
};

export async function local() {
  const completion = await llm.chat.completions.create({});
  return JSON.parse(completion.choices[0]!.message.content);
}

export async function injected(client: { complete(prompt: string): Promise<{ text: string }> }) {
  const result = await client.complete('hi');
  return JSON.parse(result.text);
}

import OpenAI from 'openai';
const openai = new OpenAI({ timeout: 30_000 });
declare function assertComplete(completion: unknown): void;

export async function validated(prompt: string) {
  const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: prompt }] });
  assertComplete(completion);
  return JSON.parse(completion.choices[0]!.message.content ?? 'null');
}
