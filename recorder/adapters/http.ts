// HTTP capture for every Node client (node:http(s), global fetch, undici, axios, the LLM SDKs) through
// @mswjs/interceptors' socket-level HttpRequestInterceptor. Record: the request passes through and
// the response body is teed, chunk by chunk, into the recording. Replay: the recorded response is
// served and no connection is made. Passthrough: nothing is touched.
import { HttpRequestInterceptor } from '@mswjs/interceptors/http';
import { setTimeout as sleep } from 'node:timers/promises';
import { bodyFromBytes, bodyText } from '../body.js';
import { siteKey } from '../call-site.js';
import { canonicalRequest, jsonOf, requestKey } from '../fingerprint.js';
import { recogniseLlmRequest, type LlmRequest } from '../llm/recognise.js';
import { ToolTracker } from '../llm/tool-tracker.js';
import { httpDivergence } from '../replay/divergence.js';
import { ResponseOrder } from '../replay/response-order.js';
import type { HttpRequestEvent } from '../schema.js';
import type { RecorderSession } from '../session.js';
import type { CaptureAdapter } from './adapter.js';
import { decodableEncoding } from './body-chunks.js';
import { replayResponse } from './replay-response.js';
import { installRequestCallSites } from './request-call-sites.js';
import { ResponseRecording } from './response-recording.js';
import { installSocketGuard } from './socket-guard.js';

interface RequestEventArgs {
  request: Request;
  requestId: string;
  controller: { respondWith(response: Response): void; errorWith(reason?: Error): void };
}
interface ResponseEventArgs {
  response: Response;
  responseType: 'mock' | 'original';
  requestId: string;
  initiator: unknown;
}

interface InFlight {
  event: HttpRequestEvent;
  llm: LlmRequest | null;
}

export class HttpAdapter implements CaptureAdapter {
  readonly name = 'http';
  private interceptor: HttpRequestInterceptor | null = null;
  private restoreHooks: Array<() => void> = [];
  private readonly occurrences = new Map<string, number>();
  /** Requests by interceptor request id, settling with their event once written (null if not). */
  private readonly inFlight = new Map<string, Promise<InFlight | null>>();
  private readonly bodies = new Set<ResponseRecording>();
  private tools: ToolTracker | null = null;
  private failed = false;
  private responseOrder: ResponseOrder | null = null;

  install(session: RecorderSession): void {
    if (session.mode === 'passthrough') return;
    if (session.tape) this.responseOrder = new ResponseOrder(session.tape.exchanges);
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
      return undefined;
    });
    if (session.recording) {
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
    this.restoreHooks = [installSocketGuard(session), installRequestCallSites(session)];
  }

  restore(): void {
    for (const restore of this.restoreHooks.reverse()) restore();
    this.restoreHooks = [];
    this.interceptor?.dispose();
    this.interceptor = null;
  }

  /** A recorder bug: the request goes on unrecorded (record) or fails (replay), and it is said once. */
  private fail(session: RecorderSession, error: unknown, args?: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (!this.failed) {
      this.failed = true;
      process.stderr.write(`agentvet: the recorder failed on an HTTP exchange (${message}); please report this\n`);
    }
    if (session.mode === 'replay') (args as RequestEventArgs | undefined)?.controller.errorWith(new Error(`agentvet replay: ${message}`));
  }

  /**
   * The request as the recording holds it: masked, with its matching key and occurrence. Headers go
   * first, so a credential they carry is masked in the URL and body of the same request too. The key
   * is computed on the form in which each mask reads "[REDACTED]", whatever the secret's length.
   */
  private async readRequest(session: RecorderSession, request: Request) {
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

  private async replayRequest(session: RecorderSession, { request, controller }: RequestEventArgs): Promise<void> {
    const cause = session.currentCause();
    const site = cause?.site ?? null;
    const { body, url, method, key } = await this.readRequest(session, request);
    const tape = session.tape;
    if (!tape) throw new Error('replay mode without a recording');
    const exchange = tape.claim(key, { site: site ? siteKey(site) : null, call: cause?.call ?? null });
    if (!exchange) session.diverge(httpDivergence(tape, session.proc, { method, url, body: bodyText(body), site }));
    if (session.realtime && exchange.response) await sleep(exchange.response.mono - exchange.request.mono);
    await this.responseOrder?.turn(exchange);
    try {
      const response = replayResponse(exchange, session.realtime);
      if (response) controller.respondWith(response);
      else controller.errorWith(Object.assign(new Error(`agentvet replay: ${method} ${url} got no response when recorded`), { code: 'ECONNRESET' }));
    } finally {
      this.responseOrder?.markServed(exchange);
    }
  }

  private async recordRequest(session: RecorderSession, { request }: RequestEventArgs): Promise<InFlight> {
    const cause = session.currentCause();
    const site = cause?.site ?? null;
    const { headers, body, url, method, json, key, occurrence } = await this.readRequest(session, request);
    const llm = recogniseLlmRequest(method, url, bodyText(body), json);
    if (llm) this.tools?.onLlmRequest(llm);
    const call = cause?.call === undefined ? {} : { call: cause.call };
    const event = session.emit({ type: 'http.request', method, url, headers, body, key, occurrence, site, ...call });
    return { event: event as HttpRequestEvent, llm };
  }

  private onResponse(session: RecorderSession, { response, responseType, requestId, initiator }: ResponseEventArgs): void {
    const recorded = this.inFlight.get(requestId);
    if (!recorded || responseType !== 'original') return;
    this.inFlight.delete(requestId);
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
    const encoding = decodableEncoding(received['content-encoding']);
    if (encoding) {
      delete received['content-encoding'];
      delete received['content-length'];
    }
    const stream = (received['content-type'] ?? '').includes('text/event-stream');
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
    const recording = new ResponseRecording(session, pending.event, pending.llm, { stream, encoding, startedAt: head.mono }, this.tools);
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

interface ConnectionWatch {
  /** Settles when the connection closes, after the bytes it delivered had their turn to be read. */
  closed: Promise<void>;
  stop(): void;
}

/** With only the HTTP interceptor applied, a request's initiator is the socket that carries it. */
function watchConnection(initiator: unknown): ConnectionWatch {
  const socket = initiator as { once?: Function; removeListener?: Function } | null;
  if (typeof socket?.once !== 'function' || typeof socket.removeListener !== 'function') {
    return { closed: new Promise<void>(() => undefined), stop: () => undefined };
  }
  let onClose: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => {
    onClose = () => setImmediate(resolve);
  });
  socket.once.call(socket, 'close', onClose);
  return { closed, stop: () => socket.removeListener!.call(socket, 'close', onClose) };
}
