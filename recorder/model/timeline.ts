// A recording folded into the things a person looks at: one entry per process, HTTP exchange (its
// response, chunks and end folded in; an LLM call when one was recognised), tool execution, clock or
// random read — each on one time axis, with its causal parent. Grows batch by batch as events load.
import type { RecordingEvent, RecordingHeader } from '../schema.js';

export type EntryKind = 'process' | 'http' | 'llm' | 'tool' | 'clock' | 'random';
export const ENTRY_KINDS: readonly EntryKind[] = ['llm', 'http', 'tool', 'clock', 'random', 'process'];

export interface TimelineEntry {
  /** Position in `Timeline.entries`. */
  readonly index: number;
  kind: EntryKind;
  /** Index in `Timeline.events` of the event that opened the entry. */
  readonly event: number;
  /** Wire events folded in, in order: http.response, http.chunk…, http.end. */
  readonly parts: number[];
  /** The `llm` event recognised from this exchange. */
  llm: number | null;
  /** The event that closed the entry: http.end, tool.end or process.exit. */
  close: number | null;
  readonly parent: number | null;
  readonly children: number[];
  readonly depth: number;
  /** Milliseconds on the run's time axis (monotonic time, aligned across processes). */
  readonly start: number;
  end: number | null;
  /** Why this entry counts as an error (HTTP 5xx, a failed body, a non-zero exit), or null. */
  error: string | null;
}

export interface RunStats {
  events: number;
  llmCalls: number;
  inputTokens: number;
  outputTokens: number;
  httpCalls: number;
  toolCalls: number;
  errors: number;
  /** First and last instants on the time axis, or null before any event. */
  start: number | null;
  end: number | null;
}

export class Timeline {
  readonly events: RecordingEvent[] = [];
  readonly entries: TimelineEntry[] = [];
  /** Entries with no parent in the recording, in order. */
  readonly roots: number[] = [];
  readonly stats: RunStats = { events: 0, llmCalls: 0, inputTokens: 0, outputTokens: 0, httpCalls: 0, toolCalls: 0, errors: 0, start: null, end: null };
  complete = false;
  /** Event id → the entry it opened or was folded into. */
  private readonly entryOfEvent = new Map<string, number>();
  /** Process path → its process.start entry. */
  private readonly processEntry = new Map<string, number>();
  /** Process path → wall minus monotonic time at its start, to put every process on one axis. */
  private readonly processBase = new Map<string, number>();

  constructor(readonly header: RecordingHeader) {}

  /** Appends a batch of events (in file order). */
  add(events: readonly RecordingEvent[]): void {
    for (const event of events) this.addEvent(event);
  }

  /** Marks the load finished: exchanges that never got a response become errors. */
  finish(): void {
    if (this.complete) return;
    this.complete = true;
    for (const entry of this.entries) {
      if ((entry.kind === 'http' || entry.kind === 'llm') && entry.parts.length === 0) this.markError(entry, 'no response recorded');
    }
  }

  entryOf(eventId: string): TimelineEntry | undefined {
    const index = this.entryOfEvent.get(eventId);
    return index === undefined ? undefined : this.entries[index];
  }

  /** The time of an event on the run's axis. */
  timeOf(event: RecordingEvent): number {
    let base = this.processBase.get(event.proc);
    if (base === undefined) {
      base = event.wall - event.mono;
      this.processBase.set(event.proc, base);
    }
    return base + event.mono;
  }

  private addEvent(event: RecordingEvent): void {
    const position = this.events.length;
    this.events.push(event);
    this.stats.events++;
    if (event.type === 'process.start') this.processBase.set(event.proc, event.wall - event.mono);
    const time = this.timeOf(event);
    this.stats.start = this.stats.start === null ? time : Math.min(this.stats.start, time);
    this.stats.end = this.stats.end === null ? time : Math.max(this.stats.end, time);

    switch (event.type) {
      case 'process.start': {
        const entry = this.open('process', position, event, time);
        this.processEntry.set(event.proc, entry.index);
        return;
      }
      case 'process.exit': {
        const started = this.processEntry.get(event.proc);
        const entry = started === undefined ? this.open('process', position, event, time) : this.closeWith(started, position, event.id, time);
        if (event.code !== null && event.code !== 0) this.markError(entry, `exit code ${event.code}`);
        return;
      }
      case 'http.request':
        this.stats.httpCalls++;
        this.open('http', position, event, time);
        return;
      case 'http.response':
      case 'http.chunk':
      case 'http.end':
        return this.foldWirePart(position, event, time);
      case 'llm':
        return this.foldLlm(position, event, time);
      case 'tool.start':
        this.stats.toolCalls++;
        this.open('tool', position, event, time);
        return;
      case 'tool.end': {
        const started = this.entryOfEvent.get(event.start);
        if (started === undefined) this.open('tool', position, event, time);
        else this.closeWith(started, position, event.id, time);
        return;
      }
      default:
        // clock, random, process.spawn: instants of their own.
        this.open(event.type === 'process.spawn' ? 'process' : event.type, position, event, time);
    }
  }

  private open(kind: EntryKind, position: number, event: RecordingEvent, time: number): TimelineEntry {
    const parent = event.parent === null ? undefined : this.entryOfEvent.get(event.parent);
    const parentEntry = parent === undefined ? undefined : this.entries[parent];
    const entry: TimelineEntry = {
      index: this.entries.length,
      kind,
      event: position,
      parts: [],
      llm: null,
      close: null,
      parent: parentEntry ? parentEntry.index : null,
      children: [],
      depth: parentEntry ? parentEntry.depth + 1 : 0,
      start: time,
      end: null,
      error: null,
    };
    this.entries.push(entry);
    if (parentEntry) parentEntry.children.push(entry.index);
    else this.roots.push(entry.index);
    this.entryOfEvent.set(event.id, entry.index);
    return entry;
  }

  private closeWith(index: number, position: number, eventId: string, time: number): TimelineEntry {
    const entry = this.entries[index] as TimelineEntry;
    entry.close = position;
    entry.end = time;
    this.entryOfEvent.set(eventId, index);
    return entry;
  }

  private foldWirePart(position: number, event: RecordingEvent & { request: string }, time: number): void {
    const index = this.entryOfEvent.get(event.request);
    const entry = index === undefined ? undefined : this.entries[index];
    if (!entry) {
      // A response whose request is not in the file (a torn or merged recording): show it alone.
      this.open('http', position, event, time);
      return;
    }
    entry.parts.push(position);
    this.entryOfEvent.set(event.id, entry.index);
    if (entry.end === null || time > entry.end) entry.end = time;
    if (event.type === 'http.response' && event.status >= 400) this.markError(entry, `HTTP ${event.status}`);
    if (event.type === 'http.end') {
      entry.close = position;
      if (event.error) this.markError(entry, `body failed: ${event.error}`);
    }
  }

  private foldLlm(position: number, event: Extract<RecordingEvent, { type: 'llm' }>, time: number): void {
    this.stats.llmCalls++;
    this.stats.inputTokens += event.usage?.inputTokens ?? 0;
    this.stats.outputTokens += event.usage?.outputTokens ?? 0;
    const index = this.entryOfEvent.get(event.request);
    const entry = index === undefined ? this.open('llm', position, event, time) : (this.entries[index] as TimelineEntry);
    entry.kind = 'llm';
    entry.llm = position;
    this.entryOfEvent.set(event.id, entry.index);
  }

  private markError(entry: TimelineEntry, reason: string): void {
    if (entry.error === null) this.stats.errors++;
    entry.error = reason;
  }
}

/** Every event of an HTTP exchange entry, by type. */
export interface ExchangeEvents {
  request: Extract<RecordingEvent, { type: 'http.request' }> | null;
  response: Extract<RecordingEvent, { type: 'http.response' }> | null;
  chunks: Array<Extract<RecordingEvent, { type: 'http.chunk' }>>;
  end: Extract<RecordingEvent, { type: 'http.end' }> | null;
  llm: Extract<RecordingEvent, { type: 'llm' }> | null;
}

export function exchangeEvents(timeline: Timeline, entry: TimelineEntry): ExchangeEvents {
  const result: ExchangeEvents = { request: null, response: null, chunks: [], end: null, llm: null };
  for (const position of [entry.event, ...entry.parts, ...(entry.llm === null ? [] : [entry.llm])]) {
    const event = timeline.events[position];
    if (!event) continue;
    if (event.type === 'http.request') result.request = event;
    else if (event.type === 'http.response') result.response = event;
    else if (event.type === 'http.chunk') result.chunks.push(event);
    else if (event.type === 'http.end') result.end = event;
    else if (event.type === 'llm') result.llm = event;
  }
  return result;
}

/** Reads a whole recording's events into a finished timeline. */
export function timelineOf(header: RecordingHeader, events: readonly RecordingEvent[]): Timeline {
  const timeline = new Timeline(header);
  timeline.add(events);
  timeline.finish();
  return timeline;
}
