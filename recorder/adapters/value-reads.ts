// Clock and random reads, in all three modes: recorded with the user call site that asked and its
// occurrence there, served back by the same key on replay. Reads with no user code on the stack
// (libraries, Node internals) stay live and unrecorded, as do reads by Node's HTTP machinery and the
// interceptor; more reads by user code than recorded at a call site is a divergence.
import { calledByMachinery, findUserCaller, siteKey } from '../call-site.js';
import { valueDivergence } from '../replay/divergence.js';
import type { RecorderSession } from '../session.js';
import type { ClockSource, RandomSource } from '../schema.js';

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

  constructor(private readonly session: RecorderSession) {}

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
      if (caller === null) return live();
      const key = siteKey(caller.site);
      const slot = `${source}@${key}`;
      const occurrence = this.occurrences.get(slot) ?? 0;
      this.occurrences.set(slot, occurrence + 1);

      if (this.session.mode === 'record') {
        const value = live();
        const encoded = codec.encode(value);
        const common = { key, occurrence, site: caller.site };
        if (type === 'clock') this.session.emit({ type, source: source as ClockSource, value: Number(encoded), ...common });
        else this.session.emit({ type, source: source as RandomSource, value: encoded, ...common });
        return value;
      }
      const recorded = this.session.tape?.valueRead(source, key, occurrence);
      const value = recorded === undefined ? undefined : codec.decode(recorded.value);
      if (value !== undefined) return value;
      if (caller.direct && recorded === undefined) {
        const count = this.session.tape?.readCount(source, key) ?? 0;
        this.session.diverge(valueDivergence(this.session.proc, source, caller.site, count));
      }
      return live();
    } finally {
      this.busy = false;
    }
  }
}
