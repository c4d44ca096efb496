// HTTP capture for every Node client (node:http(s), global fetch, undici, axios, the LLM SDKs) through
// @mswjs/interceptors' socket-level HttpRequestInterceptor. Record: the request passes through and
// the response body is teed, chunk by chunk, into the recording. Replay: the recorded response is
// served and no connection is made. Passthrough: nothing is touched.
import { HttpRequestInterceptor } from '@mswjs/interceptors/http';
import { bodyFromBytes, bodyText } from '../body.js';
import { originalPerformanceNow } from '../originals.js';
import { canonicalRequest, jsonOf, requestKey } from '../fingerprint.js';
import { recogniseLlmRequest, type LlmRequest } from '../llm/recognise.js';
import { ToolTracker } from '../llm/tool-tracker.js';
import { ReplayServer } from '../replay/replay-server.js';
import type { Body, HttpRequestEvent } from '../schema.js';
import { ReplayDivergenceSignal, type Cause, type RecorderSession } from '../session.js';
import type { CaptureAdapter } from './adapter.js';
import { decodableEncoding } from './body-chunks.js';
import { watchConnection, watchForNoResponse, type ConnectionWatch, type NoResponseWatch } from './connection-watch.js';
import { installRequestCallSites, type RequestCallSites } from './request-call-sites.js';
import { ResponseRecording } from './response-recording.js';
import { installSocketGuard } from './socket-guard.js';

interface RequestEventArgs {
  request: Request;
  requestId: string;
  initiator: unknown;
  controller: { respondWith(response: Response): void; errorWith(reason?: Error): void };
}
interface ResponseEventArgs {
  response: Response;
  responseType: 'mock' | 'original';
  requestId: string;
  initiator: unknown;
}

interface ReadRequestResult {
  headers: Record<string, string>;
  body: Body | null;
  url: string;
  method: string;
  json: unknown;
  key: string;
  occurrence: number;
}

interface InFlight {
  event: HttpRequestEvent;
  llm: LlmRequest | null;
}

export class HttpAdapter implements CaptureAdapter {
  readonly name = 'http';
  private interceptor: HttpRequestInterceptor | null = null;
  private restoreHooks: Array<() => void> = [];
  private callSites: RequestCallSites | null = null;
  private readonly occurrences = new Map<string, number>();
  /** Requests by interceptor request id, settling with their event once written (null if not). */
  private readonly inFlight = new Map<string, Promise<InFlight | null>>();
  private readonly bodies = new Set<ResponseRecording>();
  private tools: ToolTracker | null = null;
  private failed = false;
  private replayServer: ReplayServer | null = null;
  private notedLive = false;
  /** Recorded requests still waiting for a response head, by interceptor request id. */
  private readonly unanswered = new Map<string, NoResponseWatch>();

  install(session: RecorderSession): void {
    if (session.mode === 'passthrough') return;
    if (session.tape) this.replayServer = new ReplayServer(session, session.tape);
    const interceptor = new HttpRequestInterceptor();
    // The interceptor turns a listener's exception into a 500 response: never let one escape.
    interceptor.on('request', (args) => {
      const exchange = args as RequestEventArgs;
      // Replay answers the request, so the interceptor waits for this listener. Recording lets the
      // request go on at once and reads and writes its event in the next turn, off the request's path.
      if (session.mode === 'replay') return this.replayRequest(session, exchange).catch((error: unknown) => this.fail(session, error, exchange));
      const recorded = afterTheRequestIsSent(() => this.recordRequest(session, exchange)).catch((error: unknown) => {
        this.fail(session, error);
        return null;
      });
      this.inFlight.set(exchange.requestId, recorded);
      this.watchUnanswered(session, exchange, recorded);
      return undefined;
    });
    if (session.writing) {
      this.tools = new ToolTracker(session);
      interceptor.on('response', (args) => {
        try {
          this.onResponse(session, args as ResponseEventArgs);
        } catch (error) {
          this.fail(session, error);
        }
      });
      // Bodies still arriving when the program exits are kept with what arrived.
      session.addExitHook(() => {
        for (const body of this.bodies) body.finish('the program exited before the body ended');
      });
    }
    interceptor.apply();
    this.interceptor = interceptor;
    const callSites = installRequestCallSites(session);
    this.callSites = callSites;
    this.restoreHooks = [installSocketGuard(session), () => callSites.restore()];
  }

  restore(): void {
    for (const restore of this.restoreHooks.reverse()) restore();
    this.restoreHooks = [];
    this.callSites = null;
    this.interceptor?.dispose();
    this.interceptor = null;
  }

  /** A recorder bug: the request goes on unrecorded (record) or fails (replay), and it is said once. */
  private fail(session: RecorderSession, error: unknown, args?: unknown): void {
    if (error instanceof ReplayDivergenceSignal) {
      // In process: the request fails, and the cassette reports the divergence when it ends.
      (args as RequestEventArgs | undefined)?.controller.errorWith(error);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (!this.failed) {
      this.failed = true;
      process.stderr.write(`agentvet: the recorder failed on an HTTP exchange (${message}); please report this\n`);
    }
    if (session.mode === 'replay') (args as RequestEventArgs | undefined)?.controller.errorWith(new Error(`agentvet replay: ${message}`));
  }

  /** The program's call that made this request: from the async context, or noted by undici's channel. */
  private causeOf(session: RecorderSession, request: Request): Cause | undefined {
    const cause = session.currentCause();
    if (cause?.call !== undefined) return cause;
    return this.callSites?.takeDispatched(request.method, request.url) ?? cause;
  }

  /**
   * The request as the recording holds it: masked, with its matching key and occurrence. Headers go
   * first, so a credential they carry is masked in the URL and body of the same request too. The key
   * is computed on the form in which each mask reads "[REDACTED]", whatever the secret's length.
   */
  private async readRequest(session: RecorderSession, request: Request): Promise<ReadRequestResult> {
    const headers = session.redactor.headers(Object.fromEntries(request.headers));
    // The parsed request is this listener's own copy (the client's bytes go to the socket), so its
    // body is read without cloning it.
    const bytes = new Uint8Array(await request.arrayBuffer());
    const masked = bytes.length === 0 ? null : session.redactor.bodyForMatching(bodyFromBytes(bytes));
    const body = masked?.masked ?? null;
    const url = session.redactor.textForMatching(request.url);
    const method = request.method.toUpperCase();
    const json = jsonOf(body);
    const matchingBody = masked?.matching ?? null;
    const key = requestKey(canonicalRequest(method, url.matching, matchingBody, matchingBody === body ? json : jsonOf(matchingBody)));
    const occurrence = this.occurrences.get(key) ?? 0;
    this.occurrences.set(key, occurrence + 1);
    return { headers, body, url: url.masked, method, json, key, occurrence };
  }

  private async replayRequest(session: RecorderSession, args: RequestEventArgs): Promise<void> {
    const server = this.replayServer;
    if (!server) throw new Error('replay mode without a recording');
    const cause = this.causeOf(session, args.request);
    const read = await this.readRequest(session, args.request);
    const decision = server.decide(read, cause);
    if (session.writing) {
      const source =
        decision.kind === 'recorded'
          ? { from: decision.exchange.request.id, ...(decision.fault ? { fault: decision.fault.spec } : {}) }
          : this.firstLive(session);
      const recorded = Promise.resolve(this.emitRequest(session, read, cause, source));
      this.inFlight.set(args.requestId, recorded);
      this.watchUnanswered(session, args, recorded);
    }
    // Unanswered, the interceptor passes the request through to the network (allowed by the socket guard).
    if (decision.kind === 'live') return;
    await server.answer(decision, args, read, cause);
    if (decision.exchange.request.id === session.replayPlan.liveAfter) session.goLive(`--live-after ${decision.exchange.request.id}`);
  }

  /** The first request written after the replay went live notes why it left the recording. */
  private firstLive(session: RecorderSession): { leftRecording?: string } {
    if (this.notedLive || session.leftRecording !== 'live') return {};
    this.notedLive = true;
    return { leftRecording: session.liveReason ?? 'live' };
  }

  private async recordRequest(session: RecorderSession, { request }: RequestEventArgs): Promise<InFlight> {
    const cause = this.causeOf(session, request);
    return this.emitRequest(session, await this.readRequest(session, request), cause, {});
  }

  private emitRequest(
    session: RecorderSession,
    read: ReadRequestResult,
    cause: Cause | undefined,
    source: { from?: string; fault?: string; leftRecording?: string },
  ): InFlight {
    const { headers, body, url, method, json, key, occurrence } = read;
    const llm = recogniseLlmRequest(method, url, bodyText(body), json);
    if (llm) this.tools?.onLlmRequest(llm);
    const call = cause?.call === undefined ? {} : { call: cause.call };
    const site = cause?.site ?? null;
    const event = session.emit({ type: 'http.request', method, url, headers, body, key, occurrence, site, ...call, ...source });
    return { event: event as HttpRequestEvent, llm };
  }

  /** An exchange whose connection closes before any response is ended in the recording, saying by whom. */
  private watchUnanswered(session: RecorderSession, { requestId, initiator }: RequestEventArgs, recorded: Promise<InFlight | null>): void {
    const watch = watchForNoResponse(initiator);
    this.unanswered.set(requestId, watch);
    void watch.ended
      .then(async ({ endedBy, error }) => {
        this.unanswered.delete(requestId);
        this.inFlight.delete(requestId);
        const request = await recorded;
        if (!request) return;
        const duration = Math.round((originalPerformanceNow() - request.event.mono) * 1000) / 1000;
        const id = request.event.id;
        session.emit({ type: 'http.end', parent: id, request: id, body: null, chunks: 0, bytes: 0, duration, error, endedBy });
      })
      .catch((error: unknown) => this.fail(session, error));
  }

  private onResponse(session: RecorderSession, { response, responseType, requestId, initiator }: ResponseEventArgs): void {
    const recorded = this.inFlight.get(requestId);
    // Record keeps what the network sent; replay writing a new run keeps what it served, and what
    // live requests got from the network.
    if (!recorded || (responseType !== 'original' && session.mode !== 'replay')) return;
    this.inFlight.delete(requestId);
    this.unanswered.get(requestId)?.answered();
    this.unanswered.delete(requestId);
    // Watch the connection now, before it can close; record once the request's event is written
    // (its body may still be being read), without holding up the response the program waits for.
    const connection = watchConnection(initiator);
    void recorded
      .then((request) => {
        if (request) this.recordResponse(session, request, response, connection);
        else connection.stop();
      })
      .catch((error: unknown) => this.fail(session, error));
  }

  private recordResponse(session: RecorderSession, pending: InFlight, response: Response, connection: ConnectionWatch): void {
    const received = Object.fromEntries(response.headers);
    const eventStream = (received['content-type'] ?? '').includes('text/event-stream');
    // A body sent without a length (chunked, or until the connection closes) arrives in pieces the
    // program may read one by one: it is recorded as chunks, like an event stream.
    const stream = eventStream || received['content-length'] === undefined;
    const encoding = decodableEncoding(received['content-encoding']);
    if (encoding) {
      delete received['content-encoding'];
      delete received['content-length'];
    }
    const head = session.emit({
      type: 'http.response',
      parent: pending.event.id,
      request: pending.event.id,
      status: response.status,
      statusText: response.statusText,
      headers: session.redactor.headers(received),
      stream,
      ...(encoding ? { decodedFrom: encoding } : {}),
    });
    const recording = new ResponseRecording(session, pending.event, pending.llm, { stream, eventStream, encoding, startedAt: head.mono }, this.tools);
    this.bodies.add(recording);
    // Read the teed body in the background: the program receives its own copy as the bytes arrive.
    void recording.consume(response.body, connection.closed).finally(() => {
      connection.stop();
      this.bodies.delete(recording);
    });
  }
}

/**
 * Runs `work` in the next turn of the event loop: the interceptor writes the request to the socket
 * within this one, so reading and writing the request's event does not delay it. The response's
 * recording waits for this (it chains on the request's event) and no response can arrive before it.
 */
function afterTheRequestIsSent<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<void>((resolve) => setImmediate(resolve)).then(work);
}
