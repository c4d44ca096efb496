// Serves concurrent replayed responses in the order the program saw them when recorded. A response
// head waits for the heads recorded before it, and for the bodies that had ended before it, of the
// requests that were already out at that time (they were concurrent with it). A body counts as seen
// once it was handed over whole and the program had a few event-loop turns to read it: clients need
// different numbers of turns (fetch's web streams more than node:http's callbacks, undici's request()
// in between), so "handed over" alone would let a fast client overtake a slow one. A request that
// does not come within the patience bound stops the wait.
import type { RecordedExchange } from './replay-tape.js';

const PATIENCE_MS = 1_000;
/** Event-loop turns a client gets between its last body byte and the program holding the body. */
const TURNS_TO_SEE_A_BODY = 8;

export class ResponseOrder {
  private readonly headsServed = new Set<RecordedExchange>();
  private readonly bodiesSeen = new Set<RecordedExchange>();
  private wakers: Array<() => void> = [];

  constructor(
    private readonly exchanges: readonly RecordedExchange[],
    private readonly patienceMs = PATIENCE_MS,
  ) {}

  /** Resolves when the concurrent exchanges the program saw first were served (or came too late). */
  async turn(exchange: RecordedExchange): Promise<void> {
    const at = exchange.responseIndex;
    const concurrent = this.exchanges.filter((other) => other !== exchange && other.index < at);
    const headsFirst = concurrent.filter((other) => other.responseIndex < at);
    const bodiesFirst = concurrent.filter((other) => other.endIndex < at);
    const waiting = () => headsFirst.some((other) => !this.headsServed.has(other)) || bodiesFirst.some((other) => !this.bodiesSeen.has(other));
    while (waiting()) {
      const progressed = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), this.patienceMs);
        this.wakers.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (!progressed) return;
    }
  }

  /** The response head was handed to the client. */
  markServed(exchange: RecordedExchange): void {
    this.headsServed.add(exchange);
    this.wake();
  }

  /** The whole body was handed to the client (or it will get none): it is seen a few turns later. */
  markDelivered(exchange: RecordedExchange): void {
    this.headsServed.add(exchange);
    void afterTurns(TURNS_TO_SEE_A_BODY).then(() => {
      this.bodiesSeen.add(exchange);
      this.wake();
    });
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
