// The view's components through ink-testing-library: the header's totals, a waterfall row, the
// details of an LLM exchange (headers redacted again on screen, JSON pretty-printed, the stream
// assembled, tool calls), the help line, and the whole app driven by keys.
import { join } from 'node:path';
import { render as renderInk } from 'ink';
import { render } from 'ink-testing-library';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecording } from '../../recorder/reading.js';
import { timelineOf } from '../../recorder/model/timeline.js';
import { RECORDING_FORMAT, RECORDING_VERSION, type RecordingEvent } from '../../recorder/schema.js';
import { createRecordingFile, RecordingWriter } from '../../recorder/writing.js';
import { EventRow } from '../../tui/components/EventRow.js';
import { Header } from '../../tui/components/Header.js';
import { HelpLine } from '../../tui/components/HelpLine.js';
import { rowDetails } from '../../tui/details/row-details.js';
import { DetailsPane } from '../../tui/components/DetailsPane.js';
import { viewLayout } from '../../tui/layout.js';
import { plainSummary } from '../../tui/plain-summary.js';
import { ViewApp } from '../../tui/view-app.js';
import { scratchDirectory } from '../recorder/harness.js';
import { syntheticTimeline } from './recording-fixtures.js';

const fixture = syntheticTimeline(60);
const scratch = scratchDirectory();
afterAll(() => {
  fixture.remove();
  scratch.remove();
});
const { timeline } = fixture;
const layout = viewLayout(100, 24);
const tick = () => new Promise((resolve) => setTimeout(resolve, 30));
const KEYS = { down: '\u001B[B', up: '\u001B[A', enter: '\r', tab: '\t', pageDown: '\u001B[6~' };

/** A hand-made exchange whose header still holds a live key, as an old or edited file might. */
function leakyRecording() {
  const file = join(scratch.path, 'leaky.jsonl');
  createRecordingFile(file, { format: RECORDING_FORMAT, version: RECORDING_VERSION, createdAt: '2026-01-01T00:00:00.000Z', command: ['node', 'a.mjs'], cwd: '/srv', node: 'v20', redaction: { extraPatterns: 0, fingerprint: null } });
  const writer = new RecordingWriter(file);
  const base = { pid: 1, proc: '1', wall: 1_000, site: { file: '/srv/a.mjs', line: 3, col: 7 } };
  const events: RecordingEvent[] = [
    { ...base, id: '1:0', parent: null, lamport: 1, mono: 0, type: 'process.start', argv: ['node', '/srv/a.mjs'], cwd: '/srv', node: 'v20', ppid: 0 },
    { ...base, id: '1:1', parent: '1:0', lamport: 2, mono: 1, type: 'http.request', method: 'POST', url: 'https://api.example.com/v1/chat/completions', headers: { authorization: 'Bearer sk-live0123456789abcdefghijklmnop', 'x-trace': 'sk-proj-0123456789abcdefghijklmnop' }, body: { text: '{"model":"m","messages":[{"role":"user","content":"hi"}],"stream":true}' }, key: 'k', occurrence: 0 },
    { ...base, id: '1:2', parent: '1:1', lamport: 3, mono: 20, type: 'http.response', request: '1:1', status: 200, statusText: 'OK', headers: { 'content-type': 'text/event-stream' }, stream: true },
    { ...base, id: '1:3', parent: '1:1', lamport: 4, mono: 25, type: 'http.chunk', request: '1:1', seq: 0, offset: 5, data: { text: 'data: {"choices":[{"delta":{"content":"Hel' } },
    { ...base, id: '1:4', parent: '1:1', lamport: 5, mono: 30, type: 'http.chunk', request: '1:1', seq: 1, offset: 10, data: { text: 'lo"}}]}\n\ndata: [DONE]\n\n' } },
    { ...base, id: '1:5', parent: '1:1', lamport: 6, mono: 31, type: 'http.end', request: '1:1', body: null, chunks: 2, bytes: 60, duration: 30 },
    { ...base, id: '1:6', parent: '1:1', lamport: 7, mono: 32, type: 'llm', request: '1:1', provider: 'openai', api: 'chat.completions', model: 'm', stream: true, input: { messages: 1, tools: [] }, output: { text: 'Hello', toolCalls: [{ id: 'call_1', name: 'lookup', arguments: '{"id":7}' }] }, finishReason: 'tool_calls', usage: { inputTokens: 3, outputTokens: 2, totalTokens: 5 } },
  ];
  for (const event of events) writer.write(event);
  writer.close();
  const recording = readRecording(file);
  return timelineOf(recording.header, recording.events);
}

describe('view components', () => {
  it('Header shows the command and the run totals', () => {
    const { lastFrame } = render(<Header timeline={timeline} file="run.jsonl" layout={layout} filter={null} rowCount={0} />);
    const frame = lastFrame() ?? '';
    expect(frame).toMatch(/^node agent\.mjs {2}run\.jsonl\n/);
    expect(frame).toContain('1.04s · 5 LLM calls · 260 tokens (200 in/60 out) · 10 HTTP · 5 tool calls · 0 errors · 72 events');
  });

  it('EventRow draws kind, summary, a bar on the time axis and the duration', () => {
    const entry = timeline.entries.find((item) => item.kind === 'llm')!;
    const axis = { start: timeline.stats.start ?? 0, end: timeline.stats.end ?? 1 };
    const { lastFrame } = render(<EventRow timeline={timeline} row={{ entry: entry.index, part: -1 }} selected focused expanded={false} collapsed={false} axis={axis} layout={layout} flat={false} />);
    const frame = lastFrame() ?? '';
    expect(frame).toMatch(/^› {2}▸ llm {4}openai gpt-4o-mini · tool_calls · 52 tok · stream/);
    expect(frame).toMatch(/█+ +170ms$/);
  });

  it('details of an LLM exchange: secrets redacted on screen, JSON pretty, stream assembled, tool calls', () => {
    const leaky = leakyRecording();
    const exchange = leaky.entries.find((entry) => entry.kind === 'llm')!;
    const lines = rowDetails(leaky, { entry: exchange.index, part: -1 }, 100).map((line) => line.text);
    const text = lines.join('\n');
    expect(text).not.toContain('sk-live0123456789');
    expect(text).not.toContain('sk-proj-0123456789');
    expect(text).toMatch(/authorization {2}Bearer \*{33}\n/);
    expect(text).toContain('source  a.mjs:3:7');
    expect(lines).toContain('      "messages": [');
    expect(text).toMatch(/stream: 2 chunk\(s\), first at \+5ms, last at \+10ms, assembled\n {4}\{"choices":\[\{"delta":\{"content":"Hello"\}\}\]\}\n {4}\[DONE\]/);
    expect(text).toMatch(/tool calls\n {4}lookup \(call_1\)\n {6}\{\n {8}"id": 7\n {6}\}/);
    expect(text).toMatch(/text \(assembled from the stream\)\n {4}Hello/);
    const { lastFrame } = render(<DetailsPane heading="details: llm 1:1" lines={rowDetails(leaky, { entry: exchange.index, part: -1 }, 80)} top={0} height={4} width={80} focused={false} />);
    expect(lastFrame()?.split('\n')[0]).toMatch(/^─ details: llm 1:1 ─+ 1-4\/\d+ ?$/);
  });

  it('HelpLine shows the keys, or the search being typed', () => {
    expect(render(<HelpLine typing={false} draft="" notice={null} />).lastFrame()).toContain('/ search · n/N next/prev · f filter · q quit');
    expect(render(<HelpLine typing draft="tick" notice={null} />).lastFrame()).toMatch(/^\/tick  {2}Enter search · Esc cancel/);
  });

  it('the whole view follows keys: move, expand, details pane, search, filter', async () => {
    const app = render(<ViewApp timeline={timeline} file="run.jsonl" size={{ columns: 100, rows: 24 }} />);
    const frame = () => app.lastFrame() ?? '';
    expect(frame()).toContain('details: process 1:0');
    app.stdin.write(KEYS.down);
    await tick();
    app.stdin.write('j');
    await tick();
    expect(frame()).toMatch(/details: llm 1:2/);
    app.stdin.write(KEYS.enter);
    await tick();
    expect(frame()).toContain('response 200 OK (stream)');
    app.stdin.write(KEYS.tab);
    await tick();
    expect(frame()).toContain('[keys here: ↑/↓ scroll, Tab back]');
    app.stdin.write(KEYS.tab);
    await tick();
    app.stdin.write('/');
    await tick();
    app.stdin.write('create_ticket {"title":"t2"}');
    await tick();
    expect(frame()).toContain('/create_ticket {"title":"t2"}');
    app.stdin.write(KEYS.enter);
    await tick();
    expect(frame()).toMatch(/match 1 of 1 for "create_ticket \{"title":"t2"\}"/);
    expect(frame()).toMatch(/details: tool 1:\d+/);
    app.stdin.write('f');
    await tick();
    expect(frame()).toMatch(/\[filter: llm, 5 entries/);
    // The tool that was selected is hidden: the selection lands on the LLM call above it.
    expect(frame()).toMatch(/details: llm 1:30/);
    app.unmount();
  });

  it('follows the terminal when it is resized', async () => {
    let written = '';
    const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 80, rows: 20 });
    stdout.on('data', (chunk: Buffer) => (written = chunk.toString('utf8')));
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin, ref: () => stdin, unref: () => stdin });
    const app = renderInk(<ViewApp timeline={timeline} file="run.jsonl" />, { stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, debug: true, patchConsole: false });
    await tick();
    const widest = () => Math.max(...written.split('\n').map((line) => line.replace(/\u001B\[[0-9;]*m/g, '').length));
    expect(written.split('\n')).toHaveLength(20);
    expect(widest()).toBeLessThanOrEqual(80);
    Object.assign(stdout, { columns: 120, rows: 30 });
    stdout.emit('resize');
    await tick();
    expect(written.split('\n')).toHaveLength(30);
    expect(widest()).toBeGreaterThan(100);
    app.unmount();
  });

  it('without a terminal, a plain summary lists the calls and counts the reads', () => {
    const text = plainSummary(timeline, 'run.jsonl');
    expect(text).toMatch(/^run\.jsonl: recorded 2026-01-01T00:00:00\.000Z\ncommand {3}node agent\.mjs\nrun {7}1\.04s · 5 LLM calls/);
    expect(text).toMatch(/\+\S+ +llm {5}openai gpt-4o-mini · tool_calls · 52 tok · stream → create_ticket {2}\(170ms\)/);
    expect(text).toMatch(/\d+ clock and random reads not listed/);
  });
});
