// The in-process cassette API (`withRecording`): record and replay inside a test with the real
// openai, @anthropic-ai/sdk and ai clients (streaming), the four modes and the environment override,
// the divergence report when the code under test asks for something new, and the process left as it
// was found — interceptors, clocks, randomness, spawn hooks — even when the callback throws.
import childProcess, { ChildProcess } from 'node:child_process';
import { hasSubscribers } from 'node:diagnostics_channel';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { createOpenAI } from '@ai-sdk/openai';
import { streamText } from 'ai';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CASSETTE_MODE_ENV, CassetteDivergenceError, CassetteError, withRecording } from '../../recorder/index.js';
import { readRecording } from '../../recorder/reading.js';
import { startStubLlmServer, type StubLlmServer } from './stub-llm-server.js';

let stub: StubLlmServer;
const folder = mkdtempSync(join(tmpdir(), 'agentvet-cassette-'));
beforeAll(async () => (stub = await startStubLlmServer()));
afterAll(async () => {
  await stub.close();
  rmSync(folder, { recursive: true, force: true });
});
afterEach(() => {
  delete process.env[CASSETTE_MODE_ENV];
});

let count = 0;
const cassette = () => join(folder, `cassette-${++count}.jsonl`);

const clients = {
  openai: async (prompt: string) => {
    const client = new OpenAI({ baseURL: `${stub.url}/v1`, apiKey: 'sk-test-cassette', maxRetries: 0 });
    const stream = await client.chat.completions.create({ model: 'gpt-test', stream: true, messages: [{ role: 'user', content: prompt }] });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    return text;
  },
  anthropic: async (prompt: string) => {
    const client = new Anthropic({ baseURL: stub.url, apiKey: 'sk-ant-test-cassette', maxRetries: 0 });
    const message = await client.messages.stream({ model: 'claude-test', max_tokens: 64, messages: [{ role: 'user', content: prompt }] }).finalMessage();
    return message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
  },
  ai: async (prompt: string) => {
    const openai = createOpenAI({ baseURL: `${stub.url}/v1`, apiKey: 'sk-aisdk-cassette' });
    const result = streamText({ model: openai.chat('gpt-test'), prompt, maxRetries: 0 });
    let text = '';
    for await (const part of result.textStream) text += part;
    return text;
  },
};

/** Code under test: a model call, the clock and a random id, and a plain HTTP call with a fresh id from the server. */
async function step(client: keyof typeof clients, prompt: string) {
  const text = await clients[client](prompt);
  const tool = (await (await fetch(`${stub.url}/tools/lookup`, { method: 'POST', body: JSON.stringify({ prompt }) })).json()) as { id: string };
  return { text, at: Date.now(), mono: performance.now(), id: crypto.randomUUID(), roll: Math.random(), toolId: tool.id };
}

function snapshotOfGlobals() {
  return {
    Date: globalThis.Date,
    now: Date.now,
    performanceNow: performance.now,
    random: Math.random,
    randomUUID: crypto.randomUUID,
    getRandomValues: crypto.getRandomValues,
    fetch: globalThis.fetch,
    httpRequest: http.request,
    httpGet: http.get,
    httpsRequest: https.request,
    connect: net.Socket.prototype.connect,
    spawn: (ChildProcess.prototype as unknown as { spawn: unknown }).spawn,
    execSync: childProcess.execSync,
    exitListeners: process.listenerCount('exit'),
    undiciChannel: hasSubscribers('undici:request:create'),
  };
}

describe.each(['openai', 'anthropic', 'ai'] as const)('withRecording with the %s client, streaming', (client) => {
  it('records, then replays with no connection: the same answer, clock and random values', async () => {
    const file = cassette();
    const recorded = await withRecording(file, { mode: 'record' }, () => step(client, 'Hello there'));
    expect(recorded.text).toBe('Echo: Hello there');
    const connections = stub.connections();
    const replayed = await withRecording(file, { mode: 'replay' }, () => step(client, 'Hello there'));
    expect(replayed).toEqual(recorded);
    expect(stub.connections()).toBe(connections);
  });

  it('fails with the divergence report when the code under test asks the model something new', async () => {
    const file = cassette();
    await withRecording(file, { mode: 'record' }, () => step(client, 'Hello there'));
    const attempt = withRecording(file, { mode: 'replay' }, () => step(client, 'Something else'));
    await expect(attempt).rejects.toBeInstanceOf(CassetteDivergenceError);
    await expect(attempt).rejects.toThrow(/divergence — the program made a request that is not in the recording[\s\S]*"Hello there" → "Something else"/);
  });
});

describe('modes', () => {
  it("auto records when the file is missing and replays when it is there; update records again", async () => {
    const file = cassette();
    const first = await withRecording(file, { mode: 'auto' }, () => step('openai', 'Auto'));
    expect(readRecording(file).events.some((event) => event.type === 'http.request')).toBe(true);
    const connections = stub.connections();
    expect(await withRecording(file, {}, () => step('openai', 'Auto'))).toEqual(first);
    expect(stub.connections()).toBe(connections);
    const updated = await withRecording(file, { mode: 'update' }, () => step('openai', 'Auto'));
    expect(updated.toolId).not.toBe(first.toolId);
    expect(stub.connections()).toBeGreaterThan(connections);
  });

  it('record refuses to overwrite a cassette; replay needs one', async () => {
    const file = cassette();
    writeFileSync(file, '');
    await expect(withRecording(file, { mode: 'record' }, () => 1)).rejects.toThrow(`${file} already exists: use mode 'update' to record it again`);
    await expect(withRecording(join(folder, 'missing.jsonl'), { mode: 'replay' }, () => 1)).rejects.toThrow(/no recording at .*missing\.jsonl to replay/);
  });

  it(`${CASSETTE_MODE_ENV} overrides the mode of every call, and a mode that is not one of the four is an error`, async () => {
    process.env[CASSETTE_MODE_ENV] = 'replay';
    const missing = join(folder, 'ci-missing.jsonl');
    await expect(withRecording(missing, { mode: 'record' }, () => 1)).rejects.toBeInstanceOf(CassetteError);
    expect(existsSync(missing)).toBe(false);
    process.env[CASSETTE_MODE_ENV] = 'lockdown';
    await expect(withRecording(cassette(), { mode: 'auto' }, () => 1)).rejects.toThrow(`${CASSETTE_MODE_ENV}="lockdown" is not a cassette mode: use one of record, replay, auto, update`);
    delete process.env[CASSETTE_MODE_ENV];
    await expect(withRecording(cassette(), { mode: 'playback' as never }, () => 1)).rejects.toThrow('mode "playback" is not a cassette mode');
  });
});

describe('leaves the process as it found it', () => {
  it.each(['record', 'replay'] as const)('after a callback that throws (%s)', async (mode) => {
    const file = cassette();
    if (mode === 'replay') await withRecording(file, { mode: 'record' }, () => step('openai', 'Before'));
    const before = snapshotOfGlobals();
    const failure = new Error('the agent broke');
    await expect(
      withRecording(file, { mode: mode === 'record' ? 'record' : 'replay' }, async () => {
        await step('openai', 'Before');
        expect(globalThis.fetch).not.toBe(before.fetch);
        expect(Date.now).not.toBe(before.now);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(snapshotOfGlobals()).toEqual(before);
    // The network is the network again: a request after the cassette reaches the server.
    const requests = stub.requests().length;
    const response = await fetch(`${stub.url}/after-cassette`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(stub.requests().length).toBe(requests + 1);
    expect(readFileSync(file, 'utf8')).toContain('"type":"process.exit"');
  });
});
