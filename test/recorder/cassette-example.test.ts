// The README's cassette example, run as a test: an agent step under test with the real `openai`
// client, recorded once against the (stand-in) API and then replayed with the network gone — the
// same answer, the same clock and random values. In a project you commit the cassette and use
// mode 'auto' (record when missing, replay when present), with AGENTVET_CASSETTE_MODE=replay in CI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { withRecording } from 'agentvet';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStubLlmServer, type StubLlmServer } from './stub-llm-server.js';

/** The code under test: one model call, stamped with the time and a fresh id. */
async function triage(client: OpenAI, ticket: string) {
  const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: ticket }] });
  let answer = '';
  for await (const chunk of stream) answer += chunk.choices[0]?.delta?.content ?? '';
  return { answer, triagedAt: Date.now(), ticketId: crypto.randomUUID() };
}

let api: StubLlmServer;
const folder = mkdtempSync(join(tmpdir(), 'agentvet-cassette-example-'));
beforeAll(async () => (api = await startStubLlmServer()));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('records a model call once, then replays it offline', async () => {
  const cassette = join(folder, 'triage.jsonl');
  const client = () => new OpenAI({ baseURL: `${api.url}/v1`, apiKey: 'sk-test-example', maxRetries: 0 });

  const recorded = await withRecording(cassette, { mode: 'record' }, () => triage(client(), 'My order never arrived'));
  expect(recorded.answer).toBe('Echo: My order never arrived');

  const baseURL = api.url;
  await api.close(); // no API from here on
  const replayed = await withRecording(cassette, { mode: 'replay' }, () =>
    triage(new OpenAI({ baseURL: `${baseURL}/v1`, apiKey: 'sk-test-example', maxRetries: 0 }), 'My order never arrived'),
  );
  expect(replayed).toEqual(recorded);
});
