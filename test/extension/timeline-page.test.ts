// The extension's Timeline webview page for a small run (pure function, no editor needed): rows in the
// Recordings view's order, bars proportional to recorded times, a strict CSP with a nonce, escaping.
import { describe, expect, test } from 'vitest';
import { timelineOf, type Timeline } from '../../recorder/model/timeline.js';
import { HeaderLineSchema, RecordingEventSchema, type RecordingEvent } from '../../recorder/schema.js';
import { escapeHtml, timelineLayout, timelinePage, TimelineMessageSchema } from '../../extension/src/timeline-page.js';
import { syntheticTimeline } from '../tui/recording-fixtures.js';

const NONCE = 'n0nce+ABC/123=';

/**
 * One second of a run: an LLM call (100–500 ms) asks for a tool whose name is markup (500–600 ms),
 * the tool POSTs and gets a 500 (600–750 ms), and the program reads the clock once (10 ms).
 */
function smallRun(): Timeline {
  const header = HeaderLineSchema.parse({
    format: 'agentvet-recording',
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    command: ['node', 'agent.js'],
    cwd: '/w',
    node: 'v20.20.2',
    redaction: { extraPatterns: 0, fingerprint: null },
  });
  let seq = 0;
  const events: RecordingEvent[] = [];
  const at = (ms: number, parent: string | null, event: Record<string, unknown>, line?: number): string => {
    const id = `1:${++seq}`;
    const site = line === undefined ? null : { file: '/w/src/agent.ts', line, col: 5 };
    events.push(RecordingEventSchema.parse({ id, parent, lamport: seq, wall: 1_767_225_600_000 + ms, mono: 5_000 + ms, pid: 7, proc: '1', site, ...event }));
    return id;
  };
  const root = at(0, null, { type: 'process.start', argv: ['node', 'agent.js'], cwd: '/w', node: 'v20.20.2', ppid: 1 });
  at(10, root, { type: 'clock', source: 'Date.now', value: 1, key: 'agent.ts:3:1', occurrence: 0 }, 3);
  const chat = at(100, root, { type: 'http.request', method: 'POST', url: 'https://api.openai.com/v1/chat/completions', headers: {}, body: { text: '{}' }, key: 'c', occurrence: 0 }, 12);
  at(300, chat, { type: 'http.response', request: chat, status: 200, statusText: 'OK', headers: {}, stream: false });
  at(500, chat, { type: 'http.end', request: chat, body: { text: '{}' }, chunks: 0, bytes: 2, duration: 400 });
  const llm = at(500, chat, {
    type: 'llm', request: chat, provider: 'openai', api: 'chat.completions', model: 'gpt-4o-mini', stream: false,
    input: { messages: 1, tools: ['<script>alert(1)</script>'] }, output: { text: '', toolCalls: [] }, finishReason: 'tool_calls',
    usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15 },
  }, 12);
  const tool = at(500, llm, { type: 'tool.start', call: 'call_1', name: '<script>alert(1)</script>', arguments: '{}', llm }, 20);
  const post = at(600, tool, { type: 'http.request', method: 'POST', url: 'https://hooks.example.com/notify', headers: {}, body: { text: '{}' }, key: 'h', occurrence: 0 }, 38);
  at(700, post, { type: 'http.response', request: post, status: 500, statusText: 'Internal Server Error', headers: {}, stream: false });
  at(750, post, { type: 'http.end', request: post, body: { text: 'no' }, chunks: 0, bytes: 2, duration: 150 });
  at(600, tool, { type: 'tool.end', call: 'call_1', name: '<script>alert(1)</script>', start: tool, result: 'ok' });
  at(1000, root, { type: 'process.exit', code: 0 });
  return timelineOf(header, events);
}

const page = (timeline = smallRun()) => timelinePage(timeline, { nonce: NONCE, heading: 'run.jsonl', description: '1 LLM calls · 2 HTTP' });
/** Each row's label and bar rule, in document order. */
function rowsOf(html: string): Array<{ index: number; classes: string; label: string; bar: string | undefined }> {
  return [...html.matchAll(/<div class="(row [^"]*)" id="e(\d+)" data-index="\d+"[^>]*>.*?<span class="label">(.*?)<\/span>/g)].map((match) => ({
    classes: match[1]!,
    index: Number(match[2]),
    label: match[3]!,
    bar: html.match(new RegExp(`#e${match[2]} \\.bar \\{ ([^}]*) \\}`))?.[1],
  }));
}

describe('Timeline page', () => {
  test('one row per entry the Recordings view shows, in its order; clock and random reads in one row at the end', () => {
    const html = page();
    const rows = rowsOf(html);
    expect(rows.map((row) => row.label)).toEqual(['process agent.js', 'openai gpt-4o-mini', 'tool &lt;script&gt;alert(1)&lt;/script&gt;', 'POST hooks.example.com/notify']);
    expect(rows.map((row) => row.classes)).toEqual(['row kind-process d0', 'row kind-llm d1', 'row kind-tool d2', 'row kind-http d3 error']);
    expect(html.indexOf('Clock and random reads')).toBeGreaterThan(html.indexOf('hooks.example.com/notify'));
    expect(html).toMatch(/<div class="row reads"[^>]*>.*<span class="outcome">1<\/span>.*<path d="M10 0V1"\/>/);
    expect(html).toContain('>4 entries<');
  });

  test('bars start and end in proportion to the recorded times on one axis, with a scale in ms', () => {
    const rows = rowsOf(page());
    // The axis runs from the process start (0 ms) to its exit (1,000 ms).
    expect(rows.map((row) => row.bar)).toEqual([
      'left: 0%; width: 100%;',
      'left: 10%; width: 40%;',
      'left: 50%; width: 10%;',
      'left: 60%; width: 15%;',
    ]);
    const layout = timelineLayout(smallRun());
    expect(layout.axis.ticks.map((tick) => `${tick.at}%=${tick.label}`)).toEqual(['0%=0 ms', '20%=200 ms', '40%=400 ms', '60%=600 ms', '80%=800 ms', '100%=1 s']);
    expect(page()).toContain('.track { background-size: 20% 100%; }');
  });

  test('rows carry what they show: outcome, failure, source line for the tooltip, index to reveal', () => {
    const html = page();
    expect(html).toMatch(/id="e4" data-index="4" role="option" tabindex="-1" title="POST hooks.example.com\/notify\n500 · 150 ms\nfailed: HTTP 500\nagent.ts:38"/);
    expect(html).toContain('<span class="outcome">⚠ 500 · 150 ms</span>');
    expect(html).toContain('<span class="outcome">tool_calls · 15 tok · 400 ms</span>');
    expect(TimelineMessageSchema.safeParse({ type: 'reveal', index: 4 }).success).toBe(true);
    expect(TimelineMessageSchema.safeParse({ type: 'reveal', index: '4' }).success).toBe(false);
  });

  test('a strict Content-Security-Policy: nothing loads, only the nonce’d script and stylesheet run', () => {
    const html = page();
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    expect(csp).toBe(`default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; base-uri 'none'; form-action 'none'`);
    expect(html.match(/<script\b[^>]*>/g)).toEqual([`<script nonce="${NONCE}">`]);
    expect(html.match(/<style\b[^>]*>/g)).toEqual([`<style nonce="${NONCE}">`]);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html).not.toMatch(/\son[a-z]+="/);
    expect(html).toContain('var(--vscode-charts-purple');
  });

  test('labels and headings are escaped: a tool named <script> stays text', () => {
    const html = timelinePage(smallRun(), { nonce: NONCE, heading: '<img src=x onerror=alert(1)>.jsonl', description: '"quoted" & <b>' });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('tool &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<h1>&lt;img src=x onerror=alert(1)&gt;.jsonl</h1>');
    expect(html).toContain('&quot;quoted&quot; &amp; &lt;b&gt;');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  test('a run of thousands of entries is one page of fixed-height rows, built in one pass', () => {
    const synthetic = syntheticTimeline(20_000);
    try {
      const { timeline } = synthetic;
      const started = performance.now();
      const html = timelinePage(timeline, { nonce: NONCE, heading: 'big.jsonl', description: '' });
      const elapsed = performance.now() - started;
      const calls = timeline.entries.filter((entry) => entry.kind !== 'clock' && entry.kind !== 'random').length;
      expect(calls).toBeGreaterThan(1_000);
      expect(rowsOf(html)).toHaveLength(calls);
      // Every read is a tick of one SVG path, at most one per 0.1 % of the axis.
      expect(timelineLayout(timeline).reads.at.length).toBeLessThanOrEqual(1_001);
      expect(html.match(/<svg/g)).toHaveLength(1);
      expect(elapsed).toBeLessThan(2_000);
    } finally {
      synthetic.remove();
    }
  });
});
