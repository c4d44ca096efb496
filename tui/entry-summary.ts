// The one-line text of a row: for an LLM call the model, finish reason and tokens; for HTTP the
// method, URL and status; for a tool its name and arguments; for reads the value. Also the text
// that `/` searches, and the wire-part rows shown when an exchange is expanded.
import { relative } from 'node:path';
import type { Site } from '../recorder/schema.js';
import type { Timeline, TimelineEntry } from '../recorder/model/timeline.js';
import { formatBytes, formatDuration } from './format-duration.js';

export function entrySummary(timeline: Timeline, entry: TimelineEntry): string {
  const event = timeline.events[entry.event];
  if (!event) return '';
  switch (event.type) {
    case 'process.start': {
      const exit = entry.close === null ? undefined : timeline.events[entry.close];
      const code = exit?.type === 'process.exit' ? ` → exit ${exit.code ?? 'signal'}` : '';
      return `${commandLine(event.argv, event.cwd)}${code}`;
    }
    case 'process.exit':
      return `exit ${event.code ?? 'signal'}`;
    case 'process.spawn':
      return `spawn ${[event.file, ...event.args].join(' ')}`;
    case 'http.request':
      return httpSummary(timeline, entry);
    case 'llm':
      return llmSummary(event);
    case 'tool.start':
    case 'tool.end':
      return `${event.name} ${event.type === 'tool.start' ? oneLine(event.arguments) : oneLine(event.result)}`;
    case 'clock':
      return `${event.source} = ${event.source === 'performance.now' ? `${event.value.toFixed(3)}ms` : new Date(event.value).toISOString()}`;
    case 'random':
      return `${event.source} = ${typeof event.value === 'number' ? event.value : event.value.slice(0, 48)}`;
    default:
      return event.type;
  }
}

function httpSummary(timeline: Timeline, entry: TimelineEntry): string {
  const request = timeline.events[entry.event];
  if (request?.type !== 'http.request') return '';
  const llm = entry.llm === null ? undefined : timeline.events[entry.llm];
  if (llm?.type === 'llm') return llmSummary(llm);
  const response = entry.parts.map((part) => timeline.events[part]).find((event) => event?.type === 'http.response');
  const status = response?.type === 'http.response' ? String(response.status) : entry.error ?? '…';
  return `${request.method} ${request.url} → ${status}`;
}

function llmSummary(event: Extract<Timeline['events'][number], { type: 'llm' }>): string {
  const parts = [event.model ?? '(model?)', event.finishReason ?? 'no finish reason'];
  const tokens = event.usage?.totalTokens ?? sum(event.usage?.inputTokens, event.usage?.outputTokens);
  if (tokens !== null) parts.push(`${tokens} tok`);
  if (event.stream) parts.push('stream');
  const calls = event.output.toolCalls.map((call) => call.name);
  const said = calls.length > 0 ? ` → ${calls.join(', ')}` : event.output.text ? ` “${oneLine(event.output.text)}”` : '';
  return `${event.provider} ${parts.join(' · ')}${said}`;
}

/** A wire part of an exchange (response head, chunk, end), shown under an expanded exchange. */
export function partSummary(timeline: Timeline, position: number): string {
  const event = timeline.events[position];
  switch (event?.type) {
    case 'http.response':
      return `response ${event.status} ${event.statusText}${event.stream ? ' (stream)' : ''}`;
    case 'http.chunk':
      return `chunk #${event.seq} at +${formatDuration(event.offset)}, ${formatBytes(Buffer.byteLength('text' in event.data ? event.data.text : event.data.base64))}`;
    case 'http.end':
      return `end: ${formatBytes(event.bytes)} in ${formatDuration(event.duration)}${event.error ? `, failed: ${event.error}` : ''}`;
    default:
      return event?.type ?? '';
  }
}

/** What `/` matches against: kind, summary and where in the code it happened. */
export function searchText(timeline: Timeline, entry: TimelineEntry): string {
  const event = timeline.events[entry.event];
  const site = event?.site ? `${event.site.file}:${event.site.line}` : '';
  return `${entry.kind} ${entrySummary(timeline, entry)} ${site} ${event?.id ?? ''}`.toLowerCase();
}

/** A call site relative to the recording's working directory, `file:line:col`. */
export function displaySite(site: Site | null | undefined, cwd: string): string {
  if (!site) return '';
  const file = site.file.startsWith('/') ? relative(cwd, site.file) || site.file : site.file;
  return `${file.startsWith('..') ? site.file : file}:${site.line}:${site.col}`;
}

export function commandLine(argv: readonly string[], cwd: string): string {
  return argv
    .map((arg, index) => {
      if (index === 0 && arg.includes('/')) return arg.slice(arg.lastIndexOf('/') + 1);
      return arg.startsWith(`${cwd}/`) ? arg.slice(cwd.length + 1) : arg;
    })
    .join(' ');
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

function sum(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null && b == null) return null;
  return (a ?? 0) + (b ?? 0);
}
