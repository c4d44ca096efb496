// Factories injected as defaulted parameters so tests can hand in a fake: wherever a caller leaves the
// parameter out, the call runs on the client the default factory makes. `plainClient` keeps the SDK's
// 10-minute default (no explicit deadline); `timedClient` sets a timeout, so its calls are clean.
import { plainClient, timedClient, type MakeClient } from './factories.js';

export async function reviewDiff(diff: string, makeClient: MakeClient = plainClient): Promise<string> {
  const client = makeClient();
  const reply = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 400, messages: [{ role: 'user', content: diff }] }); // expect: missing-deadline severity=warn
  return reply.content[0]?.type === 'text' ? reply.content[0].text : '';
}

export async function titleFor(diff: string, makeClient = plainClient): Promise<string> {
  const reply = await makeClient().messages.create({ model: 'claude-haiku-4-5', max_tokens: 20, messages: [{ role: 'user', content: `Title: ${diff}` }] }); // expect: missing-deadline severity=warn
  return reply.content[0]?.type === 'text' ? reply.content[0].text : '';
}

export async function labelsFor(diff: string, makeClient: MakeClient = timedClient): Promise<string> {
  const client = makeClient();
  const reply = await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 40, messages: [{ role: 'user', content: `Labels: ${diff}` }] });
  return reply.content[0]?.type === 'text' ? reply.content[0].text : '';
}

export async function reviewAll(diffs: string[]): Promise<string[]> {
  return Promise.all(diffs.map(async (diff) => `${await titleFor(diff)}\n${await labelsFor(diff)}\n${await reviewDiff(diff)}`));
}
