// One recorder per process: the mode (record, replay, passthrough), event ids, the Lamport clock,
// the causal context (AsyncLocalStorage) and the write path (redaction happens before events get
// here; the writer appends one line per event). Adapters talk only to this object.
import { AsyncLocalStorage } from 'node:async_hooks';
import { appendFileSync } from 'node:fs';
import type { RecorderMode } from './environment.js';
import { originalDateNow, originalPerformanceNow } from './originals.js';
import type { Redactor } from './redaction.js';
import type { DivergenceReport } from './replay/divergence.js';
import { formatDivergence } from './replay/format-divergence.js';
import { DEFAULT_REPLAY_PLAN, type ReplayPlan } from './replay/replay-plan.js';
import type { ReplayTape } from './replay/replay-tape.js';
import type { EventDraft, RecordingEvent, Site } from './schema.js';
import type { RecordingWriter } from './writing.js';

/** What is current in an async context: the event that caused the work, and the user call site. */
export interface Cause {
  eventId: string | null;
  site: Site | null;
  /** Ordinal of the HTTP call (fetch, http.request) this work belongs to, in this process. */
  call?: number;
  /**
   * True inside a `fetch` call: only the HTTP client and the interceptor run in that async context
   * (the program's own continuations run in its own), so their clock and random reads stay live
   * without a stack capture. Not set for http.request, whose response callbacks run in it.
   */
  machinery?: boolean;
}

/** Exit code of a process that the preload stopped because of a divergence. */
export const DIVERGENCE_EXIT_CODE = 3;

export interface RecorderSessionOptions {
  mode: RecorderMode;
  proc: string;
  /** The `process.spawn` event in the parent process, for a child process. */
  parentEvent: string | null;
  lamport: number;
  redactor: Redactor;
  writer: RecordingWriter | null;
  tape: ReplayTape | null;
  realtime: boolean;
  divergenceFile: string | null;
  replayPlan?: ReplayPlan;
  /** In process (a cassette in a test): told each divergence instead of the process being stopped. */
  onDivergence?: (report: DivergenceReport) => void;
}

/** Thrown by `diverge()` in process: the request or read fails, and the cassette reports the divergence. */
export class ReplayDivergenceSignal extends Error {
  constructor(readonly report: DivergenceReport) {
    super('agentvet replay: the program did something the recording does not hold (the divergence report follows)');
    this.name = 'ReplayDivergenceSignal';
  }
}

export class RecorderSession {
  readonly mode: RecorderMode;
  readonly proc: string;
  readonly redactor: Redactor;
  readonly tape: ReplayTape | null;
  readonly realtime: boolean;
  readonly rootParent: string | null;
  readonly replayPlan: ReplayPlan;
  private readonly causes = new AsyncLocalStorage<Cause>();
  private readonly writer: RecordingWriter | null;
  private readonly divergenceFile: string | null;
  private readonly onDivergence: ((report: DivergenceReport) => void) | null;
  private sequence = 0;
  private calls = 0;
  private lamport: number;
  /** Supplies a parent when the async context has none (the tool tracker's open tool call). */
  private fallbackParent: () => string | null = () => null;
  private rootEventId: string | null = null;
  private readonly exitHooks: Array<() => void> = [];

  constructor(options: RecorderSessionOptions) {
    this.mode = options.mode;
    this.proc = options.proc;
    this.redactor = options.redactor;
    this.tape = options.tape;
    this.realtime = options.realtime;
    this.rootParent = options.parentEvent;
    this.replayPlan = options.replayPlan ?? DEFAULT_REPLAY_PLAN;
    // Replay writes too when asked for the replayed run as a new recording (`replay -o`).
    this.writer = options.mode === 'passthrough' ? null : options.writer;
    this.divergenceFile = options.divergenceFile;
    this.onDivergence = options.onDivergence ?? null;
    this.lamport = options.lamport;
  }

  get recording(): boolean {
    return this.mode === 'record';
  }

  /** True when events are written: recording, or a replay that writes the replayed run (-o). */
  get writing(): boolean {
    return this.writer !== null;
  }

  /**
   * Where a replay left the recording on purpose: after a fault (reads the recording lacks get
   * seeded values), or gone live (after --live-after's event, or at a divergence with
   * --live-after-divergence: requests reach the network and reads get live values).
   */
  leftRecording: 'fault' | 'live' | null = null;
  /** Why the replay went live, said once on stderr and noted on the first live request written. */
  liveReason: string | null = null;

  /** True when the replay plan lets some requests reach the network. */
  get liveRequestsAllowed(): boolean {
    const plan = this.replayPlan;
    return plan.live.length > 0 || plan.liveAfter !== null || plan.liveAfterDivergence;
  }

  goLive(reason: string): void {
    if (this.leftRecording === 'live') return;
    this.leftRecording = 'live';
    this.liveReason = reason;
    process.stderr.write(`agentvet replay: process ${this.proc} goes live: ${reason}\n`);
  }

  /** Completes a draft with id, clocks and parent; writes it when recording. */
  emit(draft: EventDraft): RecordingEvent {
    const cause = this.causes.getStore();
    const { parent, ...fields } = draft;
    const event = {
      id: `${this.proc}:${this.sequence++}`,
      parent: parent !== undefined ? parent : this.currentParent(),
      lamport: ++this.lamport,
      wall: originalDateNow(),
      mono: originalPerformanceNow(),
      pid: process.pid,
      proc: this.proc,
      ...fields,
    } as RecordingEvent;
    if (event.site === undefined && cause?.site) event.site = cause.site;
    if (this.rootEventId === null) this.rootEventId = event.id;
    this.writer?.write(event);
    return event;
  }

  /** The Lamport time a child process starts from. */
  get clock(): number {
    return this.lamport;
  }

  /** Numbers HTTP calls in the order the program makes them. */
  nextCall(): number {
    return this.calls++;
  }

  currentCause(): Cause | undefined {
    return this.causes.getStore();
  }

  runWithCause<T>(cause: Cause, work: () => T): T {
    return this.causes.run(cause, work);
  }

  /** The event that new work is parented to right now (for child processes). */
  currentParent(): string | null {
    return this.causes.getStore()?.eventId ?? this.fallbackParent() ?? this.rootEventId ?? this.rootParent;
  }

  /** Work to do synchronously when the process exits, before its exit event is written. */
  addExitHook(hook: () => void): void {
    this.exitHooks.push(hook);
  }

  runExitHooks(): void {
    for (const hook of this.exitHooks.splice(0)) hook();
  }

  setFallbackParent(supplier: () => string | null): void {
    this.fallbackParent = supplier;
  }

  /** Stops the program: replay met something the recording does not hold. */
  diverge(report: DivergenceReport): never {
    if (this.onDivergence) {
      this.onDivergence(report);
      throw new ReplayDivergenceSignal(report);
    }
    if (this.divergenceFile) {
      appendFileSync(this.divergenceFile, `${JSON.stringify(report)}\n`, { mode: 0o600 });
    } else {
      process.stderr.write(formatDivergence(report));
    }
    process.exit(DIVERGENCE_EXIT_CODE);
  }

  close(): void {
    this.writer?.close();
  }
}
