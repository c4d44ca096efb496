// One line of words for a recorded timeline entry (an HTTP exchange, an LLM call, a tool run, a clock or
// random read): what the inlay hint at its call site and the extension's Recordings view both show.
import { fileURLToPath } from 'node:url';
import { exchangeEvents, type Timeline, type TimelineEntry } from '../../recorder/model/timeline.js';
import type { RecordingEvent, Site } from '../../recorder/schema.js';

export interface EntrySummary {
  kind: TimelineEntry['kind'];
  /** What happened: `POST api.example.com/notes`, `openai gpt-4o-mini`, `tool add_note`. */
  title: string;
  /** How it went: `200 · 312 ms`, `stop · 1,234 tok · 850 ms`. */
  outcome: string;
  /** The short label an inlay hint shows. */
  hint: string;
  durationMs: number | null;
  error: string | null;
  /** The user-code line that caused it, with the file as a path. */
  site: Site | null;
}

const number = (n: number) => n.toLocaleString('en-US');
const ms = (n: number | null) => (n === null ? null : `${number(Math.round(n))} ms`);

export function summarizeEntry(timeline: Timeline, entry: TimelineEntry): EntrySummary {
  const opening = timeline.events[entry.event] as RecordingEvent;
  const durationMs = entry.end === null ? null : entry.end - entry.start;
  const base = { kind: entry.kind, durationMs, error: entry.error, site: siteAsPath(opening.site ?? null) };
  const parts = (...items: Array<string | null | undefined>) => items.filter((item): item is string => !!item).join(' · ');

  if (entry.kind === 'http' || entry.kind === 'llm') {
    const exchange = exchangeEvents(timeline, entry);
    const method = exchange.request?.method ?? 'HTTP';
    const status = exchange.response ? String(exchange.response.status) : 'no response';
    const duration = ms(exchange.end?.duration ?? durationMs);
    if (exchange.llm) {
      const llm = exchange.llm;
      const tokens = llm.usage ? (llm.usage.totalTokens ?? (llm.usage.inputTokens ?? 0) + (llm.usage.outputTokens ?? 0)) : null;
      const tokenText = tokens === null ? null : `${number(tokens)} tok`;
      const statusText = exchange.response && exchange.response.status >= 400 ? status : null;
      return {
        ...base,
        title: `${llm.provider} ${llm.model ?? llm.api}`,
        outcome: parts(statusText, llm.finishReason, tokenText, duration),
        hint: parts(llm.model ?? llm.provider, statusText, llm.finishReason, tokenText, duration),
      };
    }
    const url = exchange.request ? shortUrl(exchange.request.url) : '';
    return { ...base, title: `${method} ${url}`.trim(), outcome: parts(status, duration), hint: parts(`${method} ${status}`, duration) };
  }
  if (opening.type === 'tool.start' || opening.type === 'tool.end') {
    return { ...base, title: `tool ${opening.name}`, outcome: parts(ms(durationMs)), hint: parts(`tool ${opening.name}`, ms(durationMs)) };
  }
  if (opening.type === 'clock' || opening.type === 'random') {
    const value = typeof opening.value === 'number' ? String(opening.value) : truncate(opening.value, 24);
    return { ...base, title: opening.source, outcome: `= ${value}`, hint: `${opening.source} = ${value}` };
  }
  if (opening.type === 'process.start') {
    const exit = entry.close === null ? undefined : timeline.events[entry.close];
    const code = exit?.type === 'process.exit' ? `exit ${exit.code ?? 'signal'}` : 'no exit recorded';
    return { ...base, title: `process ${opening.argv.slice(1).map((a) => a.split('/').pop()).join(' ')}`.trim(), outcome: parts(code, ms(durationMs)), hint: code };
  }
  if (opening.type === 'process.spawn') {
    return { ...base, title: `spawn ${opening.file} ${opening.args.join(' ')}`.trim(), outcome: '', hint: `spawn ${opening.file}` };
  }
  return { ...base, title: opening.type, outcome: '', hint: opening.type };
}

function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return truncate(`${parsed.host}${parsed.pathname}`, 60);
  } catch {
    return truncate(url, 60);
  }
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Sites name files as the runtime reported them: a path, or a file:// URL for ES modules. */
export function siteAsPath(site: Site | null): Site | null {
  if (!site || !site.file.startsWith('file://')) return site;
  try {
    return { ...site, file: fileURLToPath(site.file) };
  } catch {
    return site;
  }
}
