// Values for clock and random reads the recording does not hold, once a replay has left it on
// purpose (after a fault: backoff jitter, a fresh idempotency key, the time of a retry). They come
// from a deterministic source seeded by the run and the fault, keyed like recorded reads (source,
// call site, occurrence), so the same fault replayed twice gives byte-identical output.
import { createHash } from 'node:crypto';

export class SeededValues {
  constructor(private readonly seed: string) {}

  /** `length` bytes for this read, stable for the seed, source, site and occurrence. */
  bytes(source: string, key: string, occurrence: number, length: number): Buffer {
    const blocks: Buffer[] = [];
    for (let block = 0; blocks.length * 32 < length; block++) {
      blocks.push(createHash('sha256').update(`${this.seed}\0${source}\0${key}\0${occurrence}\0${block}`).digest());
    }
    return Buffer.concat(blocks).subarray(0, length);
  }

  /** A number in [0, 1) with 48 random bits, as Math.random gives. */
  fraction(source: string, key: string, occurrence: number): number {
    return this.bytes(source, key, occurrence, 6).readUIntBE(0, 6) / 2 ** 48;
  }

  /** A version 4 UUID. */
  uuid(source: string, key: string, occurrence: number): string {
    const bytes = this.bytes(source, key, occurrence, 16);
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

/**
 * A clock past the recording: it starts from the last value the program was served for this clock
 * (wall or monotonic) and moves on by a fixed step per read, so time never runs backwards and never
 * depends on how fast the replay ran.
 */
export class SteppedClock {
  private last: number | null = null;

  constructor(private readonly stepMs = 1) {}

  served(value: number): void {
    if (this.last === null || value > this.last) this.last = value;
  }

  next(fallback: number): number {
    this.last = (this.last ?? fallback) + this.stepMs;
    return this.last;
  }
}
