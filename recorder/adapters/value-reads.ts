// Clock and random reads, in all three modes: recorded with the user call site that asked and its
// occurrence there, served back by the same key on replay. Reads with no user code on the stack
// (libraries, Node internals) stay live and unrecorded, as do reads by Node's HTTP machinery and the
// interceptor; more reads by user code than recorded at a call site is a divergence.
import { calledByMachinery, findUserCaller, siteKey } from '../call-site.js';
import { valueDivergence } from '../replay/divergence.js';
import { ReplayDivergenceSignal, type RecorderSession } from '../session.js';
import { SeededValues, SteppedClock } from '../replay/seeded-values.js';
import type { ClockSource, RandomSource, Site } from '../schema.js';

function timelineOf(source: ClockSource | RandomSource): 'wall' | 'mono' {
  return source === 'performance.now' ? 'mono' : 'wall';
}

export interface ValueCodec<T> {
  encode(value: T): number | string;
  /** Returns undefined when the recorded value cannot stand in for this read (e.g. another length). */
  decode(recorded: number | string): T | undefined;
}

export const numberCodec: ValueCodec<number> = {
  encode: (value) => value,
  decode: (recorded) => (typeof recorded === 'number' ? recorded : undefined),
};

export const stringCodec: ValueCodec<string> = {
  encode: (value) => value,
  decode: (recorded) => (typeof recorded === 'string' ? recorded : undefined),
};

export class ValueReads {
  private readonly occurrences = new Map<string, number>();
  private busy = false;
  private readonly seededSource: SeededValues;
  /** Clocks past the recording, per timeline: wall (Date) and monotonic (performance.now). */
  private readonly clocks = { wall: new SteppedClock(), mono: new SteppedClock() };

  constructor(private readonly session: RecorderSession) {
    this.seededSource = new SeededValues(session.replayPlan.seed);
  }

  /** Serves `value` to the program: noted for the clocks past the recording, and written when writing. */
  private write<T>(type: 'clock' | 'random', source: ClockSource | RandomSource, site: Site, key: string, occurrence: number, value: T, codec: ValueCodec<T>): T {
    const encoded = codec.encode(value);
    if (type === 'clock') this.clocks[timelineOf(source)].served(Number(encoded));
    if (!this.session.writing) return value;
    const common = { key, occurrence, site };
    if (type === 'clock') this.session.emit({ type, source: source as ClockSource, value: Number(encoded), ...common });
    else this.session.emit({ type, source: source as RandomSource, value: encoded, ...common });
    return value;
  }

  /** A value for a read past the recording after a fault: stepped clocks, seeded randomness of the live value's shape. */
  private seeded<T>(type: 'clock' | 'random', source: ClockSource | RandomSource, key: string, occurrence: number, live: () => T, codec: ValueCodec<T>): T {
    const shape = codec.encode(live());
    let encoded: number | string;
    if (type === 'clock') {
      const timeline = timelineOf(source);
      const start = this.session.tape?.start ?? { wall: 0, mono: 0 };
      encoded = this.clocks[timeline].next(timeline === 'wall' ? start.wall : start.mono);
    } else if (typeof shape === 'number') encoded = this.seededSource.fraction(source, key, occurrence);
    else if (source === 'crypto.randomUUID') encoded = this.seededSource.uuid(source, key, occurrence);
    else encoded = this.seededSource.bytes(source, key, occurrence, Buffer.from(shape, 'base64').length).toString('base64');
    const value = codec.decode(encoded);
    if (value === undefined) throw new Error(`agentvet replay: no seeded value of the shape of ${source}`);
    return value;
  }

  /** `patched` is the replacement function the program called: frames above it are the caller's. */
  clock(source: ClockSource, patched: Function, live: () => number): number {
    return this.read('clock', source, patched, live, numberCodec);
  }

  random<T>(source: RandomSource, patched: Function, live: () => T, codec: ValueCodec<T>): T {
    return this.read('random', source, patched, live, codec);
  }

  private read<T>(
    type: 'clock' | 'random',
    source: ClockSource | RandomSource,
    patched: Function,
    live: () => T,
    codec: ValueCodec<T>,
  ): T {
    if (this.busy || this.session.mode === 'passthrough') return live();
    this.busy = true;
    try {
      // Inside a fetch call only the HTTP client and the interceptor run: no stack capture needed.
      if (this.session.currentCause()?.machinery || calledByMachinery(patched)) return live();
      const caller = findUserCaller(patched);
      if (caller === null) {
        // Past a fault, library reads (an SDK's generated ids) are seeded too, in the order they come.
        if (this.session.leftRecording !== 'fault') return live();
        const slot = `${source}@(library)`;
        const occurrence = this.occurrences.get(slot) ?? 0;
        this.occurrences.set(slot, occurrence + 1);
        return this.seeded(type, source, '(library)', occurrence, live, codec);
      }
      const key = siteKey(caller.site);
      const slot = `${source}@${key}`;
      const occurrence = this.occurrences.get(slot) ?? 0;
      this.occurrences.set(slot, occurrence + 1);

      if (this.session.mode === 'record' || this.session.leftRecording === 'live') return this.write(type, source, caller.site, key, occurrence, live(), codec);

      const recorded = this.session.tape?.valueRead(source, key, occurrence);
      const value = recorded === undefined ? undefined : codec.decode(recorded.value);
      if (value !== undefined) return this.write(type, source, caller.site, key, occurrence, value, codec);
      if (this.session.leftRecording === 'fault') {
        return this.write(type, source, caller.site, key, occurrence, this.seeded(type, source, key, occurrence, live, codec), codec);
      }
      if (caller.direct && recorded === undefined) {
        const count = this.session.tape?.readCount(source, key) ?? 0;
        const report = valueDivergence(this.session.proc, source, caller.site, count);
        if (this.session.replayPlan.liveAfterDivergence) {
          this.session.goLive(`user code read ${source} at ${key} more often than recorded`);
          return this.write(type, source, caller.site, key, occurrence, live(), codec);
        }
        try {
          this.session.diverge(report);
        } catch (signal) {
          // In process the divergence is reported when the cassette ends; the read goes on live.
          if (signal instanceof ReplayDivergenceSignal) return live();
          throw signal;
        }
      }
      return live();
    } finally {
      this.busy = false;
    }
  }
}
