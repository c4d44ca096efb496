// Records one response body as it arrives: streamed bodies chunk by chunk with their offsets,
// others whole at the end; then the `http.end` event and, for an LLM call, the `llm` event — as soon
// as the stream's final event arrives, since the program acts on it at once (and clients often stop
// reading there). A body the program stopped reading, or that the exit cut short, keeps what arrived.
import { bodyFromBytes, bodyText } from '../body.js';
import type { LlmRequest } from '../llm/recognise.js';
import { summariseLlmCall } from '../llm/recognise.js';
import type { ToolTracker } from '../llm/tool-tracker.js';
import { originalPerformanceNow } from '../originals.js';
import type { Body, HttpRequestEvent, LlmCallEvent } from '../schema.js';
import type { RecorderSession } from '../session.js';
import { BodyCutOff, bodyChunks } from './body-chunks.js';

export interface ResponseHead {
  stream: boolean;
  encoding: string | null;
  /** Monotonic time the response head arrived. */
  startedAt: number;
}

export class ResponseRecording {
  private readonly parts: Uint8Array[] = [];
  private readonly streamedText: string[] = [];
  private chunks = 0;
  private bytes = 0;
  private finished = false;

  constructor(
    private readonly session: RecorderSession,
    private readonly request: HttpRequestEvent,
    private readonly llm: LlmRequest | null,
    private readonly head: ResponseHead,
    private readonly tools: ToolTracker | null,
  ) {}

  async consume(body: ReadableStream<Uint8Array> | null, connectionClosed: Promise<void>): Promise<void> {
    let error: string | undefined;
    try {
      if (body) {
        for await (const chunk of bodyChunks(body, this.head.encoding, connectionClosed)) {
          if (this.finished) return;
          this.add(chunk);
        }
      }
    } catch (reason) {
      error = reason instanceof BodyCutOff ? `${reason.message} (the program may have stopped reading)` : String(reason);
    }
    this.finish(error);
  }

  finish(error?: string): void {
    if (this.finished) return;
    this.finished = true;
    const requestId = this.request.id;
    const stream = this.head.stream;
    const body = stream || this.bytes === 0 ? null : redactBody(this.session, bodyFromBytes(Buffer.concat(this.parts)));
    this.session.emit({
      type: 'http.end',
      parent: requestId,
      request: requestId,
      body,
      chunks: this.chunks,
      bytes: this.bytes,
      duration: round(originalPerformanceNow() - this.request.mono),
      ...(error === undefined ? {} : { error }),
    });
    if (this.llm === null) return;
    const summary = summariseLlmCall(this.llm, stream, stream ? this.streamedText.join('') : bodyText(body));
    const llm = this.session.emit({ type: 'llm', parent: requestId, request: requestId, ...summary }) as LlmCallEvent;
    this.tools?.onLlmCall(llm);
  }

  private add(chunk: Uint8Array): void {
    this.bytes += chunk.byteLength;
    this.chunks++;
    if (!this.head.stream) {
      this.parts.push(chunk);
      return;
    }
    const data = redactBody(this.session, bodyFromBytes(chunk));
    const text = bodyText(data);
    if (this.llm) this.streamedText.push(text);
    this.session.emit({
      type: 'http.chunk',
      parent: this.request.id,
      request: this.request.id,
      seq: this.chunks - 1,
      offset: round(originalPerformanceNow() - this.head.startedAt),
      data,
    });
    if (this.llm?.format.streamEnd.test(text)) this.finish();
  }
}

export function redactBody(session: RecorderSession, body: Body): Body {
  return 'text' in body ? { text: session.redactor.text(body.text) } : { base64: session.redactor.base64(body.base64) };
}

function round(milliseconds: number): number {
  return Math.round(milliseconds * 1000) / 1000;
}
