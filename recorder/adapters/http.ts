// HTTP capture for every Node client (node:http(s), global fetch, undici, axios, the LLM SDKs) through
// @mswjs/interceptors' socket-level HttpRequestInterceptor. Record: the request passes through and
// the response body is teed, chunk by chunk, into the recording. Replay: the recorded response is
// served and no connection is made. Passthrough: nothing is touched.
import { HttpRequestInterceptor } from '@mswjs/interceptors/http';
import { setTimeout as sleep } from 'node:timers/promises';
import { bodyFromBytes, bodyText } from '../body.js';
import { siteKey } from '../call-site.js';
import { canonicalRequest, requestKey } from '../fingerprint.js';
import { recogniseLlmRequest, summariseLlmCall, type LlmRequest } from '../llm/recognise.js';
import { ToolTracker } from '../llm/tool-tracker.js';
import { originalPerformanceNow } from '../originals.js';
import { httpDivergence } from '../replay/divergence.js';
import type { Body, HttpRequestEvent, LlmCallEvent } from '../schema.js';
import type { RecorderSession } from '../session.js';
import type { CaptureAdapter } from './adapter.js';
import { bodyChunks, decodableEncoding } from './body-chunks.js';
import { installRequestCallSites } from './request-call-sites.js';
import { replayResponse } from './replay-response.js';

type RequestListener = Parameters<HttpRequestInterceptor['on']>[1] & ((event: RequestEventArgs) => unknown);
interface RequestEventArgs {
  request: Request;
  requestId: string;
  controller: { respondWith(response: Response): void; errorWith(reason?: Error): void };
}
interface ResponseEventArgs {
  response: Response;
  responseType: 'mock' | 'original';
  requestId: string;
}

interface InFlight {
  event: HttpRequestEvent;
  llm: LlmRequest | null;
}

export class HttpAdapter implements CaptureAdapter {
  readonly name = 'http';
  private interceptor: HttpRequestInterceptor | null = null;
  private restoreCallSites: (() => void) | null = null;
  private readonly occurrences = new Map<string, number>();
  private readonly inFlight = new Map<string, InFlight>();
  private tools: ToolTracker | null = null;

  install(session: RecorderSession): void {
    if (session.mode === 'passthrough') return;
    this.tools = session.recording ? new ToolTracker(session) : null;
    const interceptor = new HttpRequestInterceptor();
    interceptor.on('request', ((args: RequestEventArgs) => this.onRequest(session, args)) as RequestListener);
    if (session.recording) {
      interceptor.on('response', (args: ResponseEventArgs) => this.onResponse(session, args));
    }
    interceptor.apply();
    this.interceptor = interceptor;
    this.restoreCallSites = installRequestCallSites(session);
  }

  restore(): void {
    this.restoreCallSites?.();
    this.interceptor?.dispose();
    this.interceptor = null;
    this.restoreCallSites = null;
  }

  private async onRequest(session: RecorderSession, { request, requestId, controller }: RequestEventArgs): Promise<void> {
    const cause = session.currentCause();
    const site = cause?.site ?? null;
    const bytes = new Uint8Array(await request.clone().arrayBuffer());
    const body = bytes.length === 0 ? null : redactBody(session, bodyFromBytes(bytes));
    const url = session.redactor.text(request.url);
    const method = request.method.toUpperCase();
    const key = requestKey(canonicalRequest(method, url, body));
    const occurrence = this.occurrences.get(key) ?? 0;
    this.occurrences.set(key, occurrence + 1);

    if (session.mode === 'replay') {
      const exchange = session.tape?.claim(key, site ? siteKey(site) : null);
      if (!exchange) {
        if (session.tape) session.diverge(httpDivergence(session.tape, session.proc, { method, url, body: bodyText(body), site }));
        controller.errorWith(new Error('agentvet replay: no recording loaded'));
        return;
      }
      if (session.realtime && exchange.response) await sleep(exchange.response.mono - exchange.request.mono);
      const response = replayResponse(exchange, session.realtime);
      if (response) controller.respondWith(response);
      else controller.errorWith(replayedNetworkError(method, url));
      return;
    }

    const llm = recogniseLlmRequest(method, url, bodyText(body));
    if (llm) this.tools?.onLlmRequest(llm);
    const headers = session.redactor.headers(Object.fromEntries(request.headers));
    const event = session.emit({ type: 'http.request', method, url, headers, body, key, occurrence, site });
    this.inFlight.set(requestId, { event: event as HttpRequestEvent, llm });
  }

  private onResponse(session: RecorderSession, { response, responseType, requestId }: ResponseEventArgs): void {
    const pending = this.inFlight.get(requestId);
    if (!pending || responseType !== 'original') return;
    this.inFlight.delete(requestId);

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
    // Read the teed body in the background: the program receives its copy as the bytes arrive.
    void this.recordBody(session, pending, response, { stream, encoding, startedAt: head.mono });
  }

  private async recordBody(
    session: RecorderSession,
    pending: InFlight,
    response: Response,
    options: { stream: boolean; encoding: string | null; startedAt: number },
  ): Promise<void> {
    const requestId = pending.event.id;
    const parts: Uint8Array[] = [];
    const streamedText: string[] = [];
    let chunks = 0;
    let bytes = 0;
    let error: string | undefined;
    try {
      if (response.body) {
        for await (const chunk of bodyChunks(response.body, options.encoding)) {
          bytes += chunk.byteLength;
          if (options.stream) {
            const data = redactBody(session, bodyFromBytes(chunk));
            if (pending.llm) streamedText.push(bodyText(data));
            session.emit({
              type: 'http.chunk',
              parent: requestId,
              request: requestId,
              seq: chunks,
              offset: round(originalPerformanceNow() - options.startedAt),
              data,
            });
          } else {
            parts.push(chunk);
          }
          chunks++;
        }
      }
    } catch (reason) {
      error = reason instanceof Error ? reason.message : String(reason);
    }
    const body = options.stream || bytes === 0 ? null : redactBody(session, bodyFromBytes(Buffer.concat(parts)));
    session.emit({
      type: 'http.end',
      parent: requestId,
      request: requestId,
      body,
      chunks,
      bytes,
      duration: round(originalPerformanceNow() - pending.event.mono),
      ...(error === undefined ? {} : { error }),
    });
    if (pending.llm && error === undefined) {
      const summary = summariseLlmCall(pending.llm, options.stream, options.stream ? streamedText.join('') : bodyText(body));
      const llm = session.emit({ type: 'llm', parent: requestId, request: requestId, ...summary }) as LlmCallEvent;
      this.tools?.onLlmCall(llm);
    }
  }
}

function redactBody(session: RecorderSession, body: Body): Body {
  return 'text' in body ? { text: session.redactor.text(body.text) } : body;
}

function replayedNetworkError(method: string, url: string): Error {
  return Object.assign(new Error(`agentvet replay: ${method} ${url} got no response when recorded`), { code: 'ECONNRESET' });
}

function round(milliseconds: number): number {
  return Math.round(milliseconds * 1000) / 1000;
}
