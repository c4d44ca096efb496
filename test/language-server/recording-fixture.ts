// Writes a small, schema-valid recording whose events point at lines of a workspace file: an HTTP POST
// that answered 500 and then 200 from one line (a retry loop), and an LLM call with token usage.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeaderLineSchema, RecordingEventSchema, type RecordingEvent } from '../../recorder/schema.js';

export interface RecordedLine {
  file: string;
  line: number;
}

export function writeRecordingFixture(dir: string, cwd: string, http: RecordedLine, llm: RecordedLine): string {
  const header = HeaderLineSchema.parse({
    format: 'agentvet-recording',
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    command: ['node', 'agent.js'],
    cwd,
    node: 'v20.20.2',
    redaction: { extraPatterns: 0, fingerprint: null },
  });
  let seq = 0;
  let clock = 0;
  const base = (parent: string | null, site?: RecordedLine) => ({
    id: `1:${++seq}`,
    parent,
    lamport: seq,
    wall: 1_767_225_600_000 + clock,
    mono: 1_000 + (clock += 40),
    pid: 4242,
    proc: '1',
    site: site ? { file: site.file, line: site.line, col: 9 } : null,
  });
  const events: RecordingEvent[] = [];
  const push = (event: unknown) => events.push(RecordingEventSchema.parse(event));
  push({ ...base(null), type: 'process.start', argv: ['node', 'agent.js'], cwd, node: 'v20.20.2', ppid: 1 });
  for (const status of [500, 200]) {
    const request = { ...base('1:1', http), type: 'http.request', method: 'POST', url: 'https://hooks.example.com/notify', headers: {}, body: { text: '{}' }, key: 'k', occurrence: 0 };
    push(request);
    push({ ...base(request.id), type: 'http.response', request: request.id, status, statusText: status === 200 ? 'OK' : 'Internal Server Error', headers: {}, stream: false });
    push({ ...base(request.id), type: 'http.end', request: request.id, body: { text: 'ok' }, chunks: 0, bytes: 2, duration: status === 200 ? 120 : 80 });
  }
  const request = { ...base('1:1', llm), type: 'http.request', method: 'POST', url: 'https://api.openai.com/v1/chat/completions', headers: {}, body: { text: '{}' }, key: 'l', occurrence: 0 };
  push(request);
  push({ ...base(request.id), type: 'http.response', request: request.id, status: 200, statusText: 'OK', headers: {}, stream: false });
  push({ ...base(request.id), type: 'http.end', request: request.id, body: { text: '{}' }, chunks: 0, bytes: 2, duration: 850 });
  push({
    ...base(request.id, llm),
    type: 'llm',
    request: request.id,
    provider: 'openai',
    api: 'chat.completions',
    model: 'gpt-4o-mini',
    stream: false,
    input: { messages: 2, tools: [] },
    output: { text: 'done', toolCalls: [] },
    finishReason: 'stop',
    usage: { inputTokens: 1000, outputTokens: 234, totalTokens: 1234 },
  });
  push({ ...base('1:1'), type: 'process.exit', code: 0 });
  const file = join(dir, 'run.jsonl');
  writeFileSync(file, [header, ...events].map((line) => JSON.stringify(line)).join('\n') + '\n');
  return file;
}
