// Clock capture: Date.now, new Date() and Date() with no argument, and performance.now. Timers stay
// real; only the values user code reads are recorded and replayed (see value-reads.ts).
import { OriginalDate, originalDateNow, originalPerformanceNow } from '../originals.js';
import type { RecorderSession } from '../session.js';
import type { CaptureAdapter } from './adapter.js';
import { ValueReads } from './value-reads.js';

export class ClockAdapter implements CaptureAdapter {
  readonly name = 'clock';
  private restoreAll: (() => void) | null = null;

  install(session: RecorderSession): void {
    const reads = new ValueReads(session);

    const now = function now(): number {
      return reads.clock('Date.now', now, originalDateNow);
    };
    const handler: ProxyHandler<DateConstructor> = {
      construct(target, args, newTarget) {
        if (args.length > 0) return Reflect.construct(target, args, newTarget) as object;
        const time = reads.clock('new Date', handler.construct!, originalDateNow);
        return Reflect.construct(target, [time], newTarget) as object;
      },
      apply() {
        // Date() called as a function ignores its arguments and returns the current time as a string.
        return new OriginalDate(reads.clock('Date()', handler.apply!, originalDateNow)).toString();
      },
    };
    const DateProxy = new Proxy(OriginalDate, handler);
    const performanceNow = function now(): number {
      return reads.clock('performance.now', performanceNow, originalPerformanceNow);
    };

    const previousNow = OriginalDate.now;
    const hadOwnPerformanceNow = Object.prototype.hasOwnProperty.call(performance, 'now');
    const previousPerformanceNow = performance.now;
    OriginalDate.now = now;
    globalThis.Date = DateProxy;
    // Keeps `value.constructor === Date` true for dates the program creates.
    OriginalDate.prototype.constructor = DateProxy;
    performance.now = performanceNow;

    this.restoreAll = () => {
      OriginalDate.now = previousNow;
      globalThis.Date = OriginalDate;
      OriginalDate.prototype.constructor = OriginalDate;
      if (hadOwnPerformanceNow) performance.now = previousPerformanceNow;
      else delete (performance as { now?: unknown }).now;
    };
  }

  restore(): void {
    this.restoreAll?.();
    this.restoreAll = null;
  }
}
