// Writes a large, realistic recording without running a program: agent turns of a streamed LLM call
// that asks for a tool, the tool's POST, clock and random reads. Used by the view benchmark and by
// tests that need many events; written through the recorder's own writer so it is a valid recording.
import { join } from 'node:path';
import { RECORDING_FORMAT, RECORDING_VERSION, type EventDraft, type RecordingEvent } from '../../recorder/schema.js';
import { createRecordingFile, RecordingWriter } from '../../recorder/writing.js';

export interface SyntheticRecordingOptions {
  /** At least this many events are written (whole turns, so a few more). */
  events: number;
  /** Program file named in call sites. */
  programFile?: string;
}

/** Writes the recording to `file` and returns how many events it holds. */
export function writeSyntheticRecording(file: string, options: SyntheticRecordingOptions): number {
  const program = options.programFile ?? join('/srv', 'agent', 'agent.mjs');
  createRecordingFile(file, {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    createdAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
    command: ['node', program],
    cwd: '/srv/agent',
    node: 'v20.0.0',
    redaction: { extraPatterns: 0, fingerprint: null },
  });
  const writer = new RecordingWriter(file);
  let sequence = 0;
  let mono = 100;
  const wallStart = Date.UTC(2026, 0, 1);
  const emit = (draft: EventDraft, parent: string | null, advanceMs = 1): string => {
    mono += advanceMs;
    const id = `1:${sequence}`;
    writer.write({ ...draft, id, parent, lamport: ++sequence, wall: Math.round(wallStart + mono), mono, pid: 4242, proc: '1' } as RecordingEvent);
    return id;
  };
  const site = (line: number) => ({ file: program, line, col: 5 });

  const root = emit({ type: 'process.start', argv: ['node', program], cwd: '/srv/agent', node: 'v20.0.0', ppid: 1 }, null);
  for (let turn = 0; sequence < options.events - 1; turn++) {
    emit({ type: 'clock', source: 'Date.now', value: wallStart + mono, key: `${program}:10:3`, occurrence: turn, site: site(10) }, root);
    const request = emit(
      {
        type: 'http.request',
        method: 'POST',
        url: 'https://api.openai.com/v1/chat/completions',
        headers: { authorization: 'Bearer [REDACTED]', 'content-type': 'application/json' },
        body: { text: JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: `turn ${turn}` }], tools: [{ type: 'function', function: { name: 'create_ticket' } }] }) },
        key: `k${turn}`,
        occurrence: 0,
        site: site(12),
      },
      root,
    );
    emit({ type: 'http.response', request, status: 200, statusText: 'OK', headers: { 'content-type': 'text/event-stream' }, stream: true, site: site(12) }, request, 120);
    const pieces = [`{"role":"assistant"}`, `{"tool_calls":[{"index":0,"id":"call_${turn}","type":"function","function":{"name":"create_ticket","arguments":""}}]}`, `{"tool_calls":[{"index":0,"function":{"arguments":"{\\"title\\":\\"t${turn}\\"}"}}]}`];
    pieces.forEach((delta, seq) =>
      emit({ type: 'http.chunk', request, seq, offset: seq * 15, data: { text: `data: {"choices":[{"index":0,"delta":${delta},"finish_reason":null}]}\n\n` }, site: site(12) }, request, 15),
    );
    emit({ type: 'http.end', request, body: null, chunks: pieces.length, bytes: 400, duration: 170, site: site(12) }, request, 5);
    const llm = emit(
      {
        type: 'llm',
        request,
        provider: 'openai',
        api: 'chat.completions',
        model: 'gpt-4o-mini',
        stream: true,
        input: { messages: 1, tools: ['create_ticket'] },
        output: { text: '', toolCalls: [{ id: `call_${turn}`, name: 'create_ticket', arguments: `{"title":"t${turn}"}` }] },
        finishReason: 'tool_calls',
        usage: { inputTokens: 40, outputTokens: 12, totalTokens: 52 },
        site: site(12),
      },
      request,
      0,
    );
    const tool = emit({ type: 'tool.start', call: `call_${turn}`, name: 'create_ticket', arguments: `{"title":"t${turn}"}`, llm, site: site(12) }, llm);
    emit({ type: 'random', source: 'crypto.randomUUID', value: `00000000-0000-4000-8000-${String(turn).padStart(12, '0')}`, key: `${program}:20:9`, occurrence: turn, site: site(20) }, tool);
    const post = emit(
      {
        type: 'http.request',
        method: 'POST',
        url: 'https://tickets.example.com/api/tickets',
        headers: { 'content-type': 'application/json' },
        body: { text: JSON.stringify({ title: `t${turn}` }) },
        key: `t${turn}`,
        occurrence: 0,
        site: site(21),
      },
      tool,
    );
    emit({ type: 'http.response', request: post, status: turn % 97 === 13 ? 503 : 201, statusText: 'Created', headers: { 'content-type': 'application/json' }, stream: false, site: site(21) }, post, 30);
    emit({ type: 'http.end', request: post, body: { text: JSON.stringify({ id: turn, title: `t${turn}` }) }, chunks: 1, bytes: 30, duration: 31, site: site(21) }, post);
    emit({ type: 'tool.end', call: `call_${turn}`, name: 'create_ticket', start: tool, result: `{"id":${turn}}`, site: site(21) }, tool);
  }
  emit({ type: 'process.exit', code: 0 }, root);
  writer.close();
  return sequence;
}
