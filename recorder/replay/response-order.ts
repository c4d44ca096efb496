// Serves concurrent replayed responses in the order they arrived when recorded. A response waits
// for the responses recorded before it whose requests were already out at that time (they were
// concurrent with it), so programs whose output depends on which call finishes first print the
// same thing. A request that does not come within the patience bound stops the wait.
import type { RecordedExchange } from './replay-tape.js';

const PATIENCE_MS = 1_000;

export class ResponseOrder {
  private readonly served = new Set<RecordedExchange>();
  private wakers: Array<() => void> = [];

  constructor(
    private readonly exchanges: readonly RecordedExchange[],
    private readonly patienceMs = PATIENCE_MS,
  ) {}

  /** Resolves when the concurrent exchanges whose responses came first were served (or too late). */
  async turn(exchange: RecordedExchange): Promise<void> {
    const earlier = this.exchanges.filter(
      (other) => other !== exchange && other.responseIndex < exchange.responseIndex && other.index < exchange.responseIndex,
    );
    while (earlier.some((other) => !this.served.has(other))) {
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

  markServed(exchange: RecordedExchange): void {
    this.served.add(exchange);
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }
}
