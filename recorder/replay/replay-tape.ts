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
  LlmCallEvent,
  RandomReadEvent,
} from '../schema.js';
import { canonicalUrl, parseJson, stableStringify } from '../fingerprint.js';
import { bodyText } from '../body.js';

export interface RecordedExchange {
  /** Index of the request event among the recording's events. */
  index: number;
  request: HttpRequestEvent;
  response: HttpResponseEvent | null;
  /** Index of the response head among the recording's events; Infinity when none was recorded. */
  responseIndex: number;
  /** Index of the \`http.end\` among the recording's events; Infinity when none was recorded. */
  endIndex: number;
  chunks: HttpChunkEvent[];
  /** Index of each chunk (in \`chunks\` order) among the recording's events. */
  chunkIndices: number[];
  end: HttpEndEvent | null;
  /** The LLM call recognised from this exchange, if any. */
  llm: LlmCallEvent | null;
  claimed: boolean;
}

type ValueRead = ClockReadEvent | RandomReadEvent;

export class ReplayTape {
  readonly exchanges: RecordedExchange[] = [];
  private readonly exchangesByKey = new Map<string, RecordedExchange[]>();
  private readonly reads = new Map<string, ValueRead[]>();
  /** When the recorded process started (wall and monotonic ms): where clocks past the recording begin. */
  start: { wall: number; mono: number } = { wall: 0, mono: 0 };

  constructor(recording: Recording, proc: string) {
    const byRequestId = new Map<string, RecordedExchange>();
    const chunkIndex = new Map<HttpChunkEvent, number>();
    recording.events.forEach((event, index) => {
      if (event.proc !== proc) return;
      switch (event.type) {
        case 'http.request': {
          const exchange: RecordedExchange = {
            index,
            request: event,
            response: null,
            responseIndex: Number.POSITIVE_INFINITY,
            endIndex: Number.POSITIVE_INFINITY,
            chunks: [],
            chunkIndices: [],
            end: null,
            llm: null,
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
          chunkIndex.set(event, index);
          break;
        case 'http.end': {
          const exchange = byRequestId.get(event.request);
          if (exchange) {
            exchange.end = event;
            exchange.endIndex = index;
          }
          break;
        }
        case 'llm': {
          const exchange = byRequestId.get(event.request);
          if (exchange) exchange.llm = event;
          break;
        }
        case 'process.start':
          this.start = { wall: event.wall, mono: event.mono };
          break;
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
    for (const exchange of this.exchanges) {
      exchange.chunks.sort((a, b) => a.seq - b.seq);
      exchange.chunkIndices = exchange.chunks.map((chunk) => chunkIndex.get(chunk)!);
    }
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

  /**
   * A request the program repeats after a fault (its retry): the latest served exchange with the same
   * method, URL and body once idempotency-key fields are left out (a retry may carry a fresh key).
   */
  findRepeat(method: string, url: string, body: string, keyNames: readonly string[]): RecordedExchange | null {
    const names = new Set(keyNames.map((name) => name.toLowerCase()));
    const wanted = keylessForm(method, url, body, names);
    for (let index = this.exchanges.length - 1; index >= 0; index--) {
      const exchange = this.exchanges[index]!;
      if (!exchange.claimed) continue;
      const { request } = exchange;
      if (keylessForm(request.method, request.url, bodyText(request.body), names) === wanted) return exchange;
    }
    return null;
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

function keylessForm(method: string, url: string, body: string, keyNames: ReadonlySet<string>): string {
  const json = parseJson(body);
  let canonical = body;
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const rest = Object.fromEntries(Object.entries(json as Record<string, unknown>).filter(([name]) => !keyNames.has(name.toLowerCase())));
    canonical = stableStringify(rest);
  } else if (json !== undefined) {
    canonical = stableStringify(json);
  }
  return `${method.toUpperCase()} ${canonicalUrl(url)}\n${canonical}`;
}

function readSlot(source: string, key: string): string {
  return `${source}@${key}`;
}
