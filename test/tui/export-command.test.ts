// `agentvet export --otlp` on a recording of a real program: spans follow the GenAI conventions
// (chat and execute_tool spans, gen_ai.* attributes, HTTP attributes), parents follow causality,
// content stays out unless asked for, and --endpoint posts the same JSON to a loopback collector.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OtlpSpan, OtlpTraces } from '../../recorder/export/otlp.js';
import { recordFixture, runCliAsync, useRecordingBed } from './cli-runs.js';

const bed = useRecordingBed();
let collector: Server;
let collectorUrl = '';
let collectorStatus = 200;
const received: Array<{ path: string; contentType: string; body: string }> = [];
const recording = bed.recording('tickets');
const streamedRecording = bed.recording('streamed');

beforeAll(async () => {
  collector = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', contentType: request.headers['content-type'] ?? '', body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(collectorStatus, { 'content-type': 'application/json' });
      response.end(collectorStatus === 200 ? '{}' : '{"message":"bad spans"}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  collectorUrl = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  await recordFixture(recording, 'ticket-agent.mjs', bed.env);
  // The recorder's own streaming fixture: a streamed completion with usage, for the stream attributes.
  await recordFixture(streamedRecording, '../../recorder/fixtures/openai-agent.mjs', { STUB_URL: bed.stub.url });
});

afterAll(async () => {
  await new Promise((resolve) => collector.close(resolve));
});

function spansOf(traces: OtlpTraces): OtlpSpan[] {
  return traces.resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans));
}

function attribute(span: OtlpSpan | undefined, key: string): unknown {
  const value = span?.attributes.find((item) => item.key === key)?.value;
  if (!value) return undefined;
  if ('arrayValue' in value) return value.arrayValue.values.map((item) => Object.values(item)[0]);
  return Object.values(value)[0];
}

describe('agentvet export --otlp', () => {
  let traces: OtlpTraces;

  beforeAll(async () => {
    const run = await runCliAsync(['export', '--otlp', recording]);
    expect(run.code).toBe(0);
    traces = JSON.parse(run.stdout) as OtlpTraces;
  });

  it('makes chat spans with GenAI attributes for each LLM call', () => {
    const chats = spansOf(traces).filter((span) => span.name === 'chat gpt-4o-mini');
    expect(chats).toHaveLength(2);
    const [first, last] = chats;
    expect(first?.kind).toBe(3);
    expect(attribute(first, 'gen_ai.operation.name')).toBe('chat');
    expect(attribute(first, 'gen_ai.provider.name')).toBe('openai');
    expect(attribute(first, 'gen_ai.request.model')).toBe('gpt-4o-mini');
    expect(attribute(first, 'gen_ai.response.finish_reasons')).toEqual(['tool_calls']);
    expect(attribute(first, 'gen_ai.usage.input_tokens')).toBe('11');
    expect(attribute(first, 'gen_ai.usage.output_tokens')).toBe('7');
    expect(attribute(first, 'http.request.method')).toBe('POST');
    expect(attribute(first, 'url.full')).toBe(`${bed.stub.url}/v1/chat/completions`);
    expect(attribute(first, 'http.response.status_code')).toBe('200');
    expect(attribute(first, 'code.file.path')).toMatch(/ticket-agent\.mjs$/);
    expect(attribute(last, 'gen_ai.response.finish_reasons')).toEqual(['stop']);
    expect(attribute(first, 'gen_ai.input.messages')).toBeUndefined();
  });

  it('gives a streamed call its time to first chunk', async () => {
    const run = await runCliAsync(['export', '--otlp', streamedRecording]);
    const streamed = spansOf(JSON.parse(run.stdout) as OtlpTraces).find((span) => attribute(span, 'gen_ai.response.finish_reasons')?.toString() === 'tool_calls');
    expect(attribute(streamed, 'gen_ai.response.time_to_first_chunk')).toBeGreaterThan(0);
    expect(attribute(streamed, 'gen_ai.usage.output_tokens')).toBe('7');
  });

  it('parents spans by causality: process → chat → execute_tool → the tool\'s POST', () => {
    const spans = spansOf(traces);
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const root = spans.find((span) => span.name === 'process ticket-agent.mjs');
    const tool = spans.find((span) => span.name === 'execute_tool file_ticket');
    const post = spans.find((span) => span.name === 'POST');
    expect(root?.parentSpanId).toBeUndefined();
    expect(attribute(tool, 'gen_ai.tool.name')).toBe('file_ticket');
    expect(byId.get(tool?.parentSpanId ?? '')?.name).toBe('chat gpt-4o-mini');
    expect(post?.parentSpanId).toBe(tool?.spanId);
    expect(attribute(post, 'http.response.status_code')).toBe('201');
    expect(new Set(spans.map((span) => span.traceId)).size).toBe(1);
    for (const span of spans) expect(BigInt(span.endTimeUnixNano) >= BigInt(span.startTimeUnixNano)).toBe(true);
  });

  it('exports the same ids every time and includes content only with --include-content', async () => {
    const again = await runCliAsync(['export', '--otlp', recording]);
    expect(spansOf(JSON.parse(again.stdout) as OtlpTraces).map((span) => span.spanId)).toEqual(spansOf(traces).map((span) => span.spanId));
    const withContent = await runCliAsync(['export', '--otlp', recording, '--include-content']);
    const chat = spansOf(JSON.parse(withContent.stdout) as OtlpTraces).find((span) => span.name === 'chat gpt-4o-mini');
    expect(String(attribute(chat, 'gen_ai.input.messages'))).toContain('My parcel to Paris is late.');
    expect(String(attribute(chat, 'gen_ai.output.messages'))).toContain('"name":"file_ticket"');
  });

  it('writes a file with -o and posts to a collector with --endpoint', async () => {
    const out = join(bed.scratch.path, 'spans.json');
    const run = await runCliAsync(['export', '--otlp', recording, '-o', out, '--endpoint', collectorUrl]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^agentvet: posted \d+ spans to http:\/\/127\.0\.0\.1:\d+\/v1\/traces \(200\)\n$/);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ path: '/v1/traces', contentType: 'application/json' });
    expect(JSON.parse(received[0]?.body ?? '')).toEqual(JSON.parse(readFileSync(out, 'utf8')));
  });

  it('exits 2 with the reason when the collector refuses, and without --otlp', async () => {
    collectorStatus = 400;
    const refused = await runCliAsync(['export', '--otlp', recording, '--endpoint', `${collectorUrl}/custom/traces`]);
    collectorStatus = 200;
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/the collector at http:\/\/127\.0\.0\.1:\d+\/custom\/traces answered 400: \{"message":"bad spans"\}/);
    const noFormat = await runCliAsync(['export', recording]);
    expect(noFormat).toMatchObject({ code: 2, stdout: '' });
    expect(noFormat.stderr).toContain('choose an export format: --otlp');
  });
});
