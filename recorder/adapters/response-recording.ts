// Records one response body as it arrives: streamed bodies chunk by chunk with their offsets,
// others whole at the end; then the `http.end` event and, for an LLM call, the `llm` event — as soon
// as the stream's final event arrives, since the program acts on it at once (and clients often stop
// reading there). A body the program stopped reading, or that the exit cut short, keeps what arrived.
import { bodyFromBytes, bodyText } from '../body.js';
import type { LlmRequest } from '../llm/recognise.js';
import { summariseLlmCall } from '../llm/recognise.js';
import type { ToolTracker } from '../llm/tool-tracker.js';
import { originalPerformanceNow } from '../originals.js';
import type { HttpRequestEvent, LlmCallEvent, ToolCall } from '../schema.js';
import { StreamMasker, type MaskedChunk } from '../secrets/stream-masker.js';
import type { RecorderSession } from '../session.js';
import { BodyCutOff, bodyChunks } from './body-chunks.js';

export interface ResponseHead {
  /** The body is recorded as chunks: an event stream, or a body sent in pieces (no content-length). */
  stream: boolean;
  /** A \`text/event-stream\`: an LLM answer in it is read as server-sent events. */
  eventStream: boolean;
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
  /** Streamed chunks are masked as one text, so a secret split between two of them is found. */
  private readonly masker: StreamMasker<ChunkArrival>;

  constructor(
    private readonly session: RecorderSession,
    private readonly request: HttpRequestEvent,
    private readonly llm: LlmRequest | null,
    private readonly head: ResponseHead,
    private readonly tools: ToolTracker | null,
  ) {
    this.masker = new StreamMasker(session.redactor);
  }

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
    this.emitChunks(this.masker.flush());
    const requestId = this.request.id;
    const stream = this.head.stream;
    const body = stream || this.bytes === 0 ? null : this.session.redactor.body(bodyFromBytes(Buffer.concat(this.parts)));
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
    const summary = maskedSummary(this.session, summariseLlmCall(this.llm, this.head.eventStream, stream ? this.streamedText.join('') : bodyText(body)));
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
    const arrival = { seq: this.chunks - 1, offset: round(originalPerformanceNow() - this.head.startedAt) };
    if (this.emitChunks(this.masker.push(chunk, arrival))) this.finish();
  }

  /** Writes masked chunks; true when one of them ends the LLM stream. */
  private emitChunks(chunks: ReadonlyArray<MaskedChunk<ChunkArrival>>): boolean {
    let ended = false;
    for (const { data, meta } of chunks) {
      const text = bodyText(data);
      if (this.llm) this.streamedText.push(text);
      this.session.emit({ type: 'http.chunk', parent: this.request.id, request: this.request.id, seq: meta.seq, offset: meta.offset, data });
      if (this.head.eventStream && this.llm?.format.streamEnd.test(text)) ended = true;
    }
    return ended;
  }
}

interface ChunkArrival {
  seq: number;
  /** Milliseconds since the response head arrived. */
  offset: number;
}

/** The assembled text and tool-call arguments: a secret the model streamed in pieces is whole here. */
function maskedSummary<T extends { output: { text: string; toolCalls: ToolCall[] } }>(session: RecorderSession, summary: T): T {
  const { redactor } = session;
  const toolCalls = summary.output.toolCalls.map((call) => ({ ...call, arguments: redactor.text(call.arguments) }));
  return { ...summary, output: { ...summary.output, text: redactor.text(summary.output.text), toolCalls } };
}

function round(milliseconds: number): number {
  return Math.round(milliseconds * 1000) / 1000;
}
