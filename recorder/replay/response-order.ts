// Serves concurrent replayed responses in the order the program saw them when recorded, down to the
// pieces of streamed bodies. Each exchange is a list of milestones at their recorded event indices:
// its response head, each body piece, the body's end. A milestone waits until every milestone
// recorded before it, of the requests that were already out at that time (they were concurrent with
// it), was seen by the program: a head once it was handed over; a piece or an end once it was handed
// over and the program had a few event-loop turns to read it. Clients need different numbers of
// turns (fetch's web streams more than node:http's callbacks, undici's request() in between), so
// "handed over" alone would let a fast client overtake a slow one; streams from three SDKs at once
// would interleave their deltas round-robin instead of as recorded.
//
// Two things stop a wait short. A stream whose reader is not asking for its next piece (the program
// reads another body first, or none) holds nobody up: the order it reads in is its own. And a request
// that does not come within the patience bound is waited for no longer.
import type { RecordedExchange } from './replay-tape.js';

const PATIENCE_MS = 1_000;
/** Event-loop turns a client gets between a body piece handed over and the program holding it. */
const TURNS_TO_SEE_A_PIECE = 8;

interface Progress {
  /** Recorded event indices of the head, the body pieces (streamed bodies) and the end, ascending. */
  milestones: number[];
  seen: Set<number>;
  /** Position in \`milestones\` of the first one not seen yet. */
  next: number;
  /** The response was handed over; from then on the exchange waits on its reader. */
  served: boolean;
  /** The reader asked for the next piece and is waiting for it. */
  pulling: boolean;
  /** Pieces handed over that the program has not had its turns to read yet. */
  inFlight: number;
}

export class ResponseOrder {
  private readonly progress = new Map<RecordedExchange, Progress>();
  /** Exchanges the program did not come to within the patience bound: nobody waits for them again. */
  private readonly abandoned = new Set<RecordedExchange>();
  private wakers: Array<() => void> = [];

  constructor(
    private readonly exchanges: readonly RecordedExchange[],
    private readonly patienceMs = PATIENCE_MS,
  ) {
    for (const exchange of exchanges) {
      const pieces = exchange.response?.stream ? exchange.chunkIndices : [];
      const milestones = [exchange.responseIndex, ...pieces, exchange.endIndex].filter(Number.isFinite).sort((a, b) => a - b);
      this.progress.set(exchange, { milestones, seen: new Set(), next: 0, served: false, pulling: false, inFlight: 0 });
    }
  }

  /**
   * Resolves when the milestones of concurrent exchanges recorded before \`at\` (by default this
   * exchange's response head) were seen by the program, or the program did not come to them in time.
   */
  async turn(exchange: RecordedExchange, at = exchange.responseIndex): Promise<void> {
    while (true) {
      const blocking = this.blocking(exchange, at);
      if (blocking.length === 0) return;
      const progressed = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), this.patienceMs);
        this.wakers.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (!progressed) {
        for (const other of blocking) this.abandoned.add(other);
        return;
      }
    }
  }

  /** The response head was handed to the client. */
  markServed(exchange: RecordedExchange): void {
    const progress = this.progress.get(exchange);
    if (progress) {
      progress.served = true;
      this.see(progress, exchange.responseIndex);
    }
    this.wake();
  }

  /** The reader asks for the next piece of the body. */
  markPulling(exchange: RecordedExchange): void {
    const progress = this.progress.get(exchange);
    if (progress) progress.pulling = true;
  }

  /** A piece of the body (recorded at \`at\`, if it is a recorded piece) was handed to the client: it is seen a few turns later. */
  markPieceDelivered(exchange: RecordedExchange, at: number | undefined): void {
    const progress = this.progress.get(exchange);
    if (!progress) return;
    progress.pulling = false;
    this.afterItIsRead(progress, () => {
      if (at !== undefined) this.see(progress, at);
    });
  }

  /** The whole body was handed to the client (or it will get none, or it stopped reading): all of it is seen a few turns later. */
  markDelivered(exchange: RecordedExchange): void {
    const progress = this.progress.get(exchange);
    if (!progress) return;
    progress.served = true;
    progress.pulling = false;
    this.see(progress, exchange.responseIndex);
    this.afterItIsRead(progress, () => {
      progress.next = progress.milestones.length;
    });
  }

  private afterItIsRead(progress: Progress, seen: () => void): void {
    progress.inFlight++;
    void afterTurns(TURNS_TO_SEE_A_PIECE).then(() => {
      progress.inFlight--;
      seen();
      this.wake();
    });
  }

  private blocking(exchange: RecordedExchange, at: number): RecordedExchange[] {
    const blocking: RecordedExchange[] = [];
    for (const other of this.exchanges) {
      // Exchanges are in request order: none after this one was out yet at \`at\`.
      if (other.index >= at) break;
      if (other === exchange || this.abandoned.has(other)) continue;
      const progress = this.progress.get(other)!;
      const pending = progress.milestones[progress.next] ?? Number.POSITIVE_INFINITY;
      if (pending >= at) continue;
      // Served, all it was handed read, and its reader not asking for more: the program reads it when it chooses.
      if (progress.served && !progress.pulling && progress.inFlight === 0) continue;
      blocking.push(other);
    }
    return blocking;
  }

  private see(progress: Progress, at: number): void {
    progress.seen.add(at);
    while (progress.next < progress.milestones.length && progress.seen.has(progress.milestones[progress.next]!)) progress.next++;
  }

  private wake(): void {
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }
}

async function afterTurns(turns: number): Promise<void> {
  for (let turn = 0; turn < turns; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}
