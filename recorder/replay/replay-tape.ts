// What replay serves to one process: its recorded HTTP exchanges, claimed by matching key, and its
// recorded clock and random reads, looked up by source, user call site and occurrence.
import { siteKey } from '../call-site.js';
import type { Recording } from '../reading.js';
import type {
  ClockReadEvent,
  HttpChunkEvent,
  HttpEndEvent,
  HttpRequestEvent,
  HttpResponseEvent,
  RandomReadEvent,
} from '../schema.js';

export interface RecordedExchange {
  /** Index of the request event among the recording's events. */
  index: number;
  request: HttpRequestEvent;
  response: HttpResponseEvent | null;
  /** Index of the response head among the recording's events; Infinity when none was recorded. */
  responseIndex: number;
  chunks: HttpChunkEvent[];
  end: HttpEndEvent | null;
  claimed: boolean;
}

type ValueRead = ClockReadEvent | RandomReadEvent;

export class ReplayTape {
  readonly exchanges: RecordedExchange[] = [];
  private readonly exchangesByKey = new Map<string, RecordedExchange[]>();
  private readonly reads = new Map<string, ValueRead[]>();

  constructor(recording: Recording, proc: string) {
    const byRequestId = new Map<string, RecordedExchange>();
    recording.events.forEach((event, index) => {
      if (event.proc !== proc) return;
      switch (event.type) {
        case 'http.request': {
          const exchange: RecordedExchange = {
            index,
            request: event,
            response: null,
            responseIndex: Number.POSITIVE_INFINITY,
            chunks: [],
            end: null,
            claimed: false,
          };
          byRequestId.set(event.id, exchange);
          this.exchanges.push(exchange);
          const sameKey = this.exchangesByKey.get(event.key) ?? [];
          sameKey.push(exchange);
          this.exchangesByKey.set(event.key, sameKey);
          break;
        }
        case 'http.response': {
          const exchange = byRequestId.get(event.request);
          if (exchange) {
            exchange.response = event;
            exchange.responseIndex = index;
          }
          break;
        }
        case 'http.chunk':
          byRequestId.get(event.request)?.chunks.push(event);
          break;
        case 'http.end': {
          const exchange = byRequestId.get(event.request);
          if (exchange) exchange.end = event;
          break;
        }
        case 'clock':
        case 'random': {
          const slot = readSlot(event.source, event.key);
          const list = this.reads.get(slot) ?? [];
          list[event.occurrence] = event;
          this.reads.set(slot, list);
          break;
        }
        default:
          break;
      }
    });
    for (const exchange of this.exchanges) exchange.chunks.sort((a, b) => a.seq - b.seq);
  }

  /**
   * The first unclaimed exchange with this key. Concurrent identical requests can reach the network
   * in another order than recorded, so ties go to the one made by the same HTTP call (its ordinal in
   * the program), then from the same call site.
   */
  claim(key: string, caller: { site: string | null; call: number | null }): RecordedExchange | null {
    const candidates = (this.exchangesByKey.get(key) ?? []).filter((exchange) => !exchange.claimed);
    const chosen =
      candidates.find((exchange) => caller.call !== null && exchange.request.call === caller.call) ??
      candidates.find((exchange) => caller.site !== null && exchange.request.site && siteKey(exchange.request.site) === caller.site) ??
      candidates[0] ??
      null;
    if (chosen) chosen.claimed = true;
    return chosen;
  }

  /** The recorded request replay expected next: the earliest one not yet served. */
  nextUnclaimed(): RecordedExchange | null {
    return this.exchanges.find((exchange) => !exchange.claimed) ?? null;
  }

  valueRead(source: string, key: string, occurrence: number): ValueRead | undefined {
    return this.reads.get(readSlot(source, key))?.[occurrence];
  }

  readCount(source: string, key: string): number {
    return this.reads.get(readSlot(source, key))?.length ?? 0;
  }
}

function readSlot(source: string, key: string): string {
  return `${source}@${key}`;
}
