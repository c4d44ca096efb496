// A streamed response put back together: the chunks' bytes joined in order, the Server-Sent Events
// they carry, and when the first and last chunk arrived — what a reader wants instead of raw chunks.
import { bytesFromBody } from '../body.js';
import { parseSse, type SseEvent } from '../llm/sse.js';
import type { HttpChunkEvent } from '../schema.js';

export interface AssembledStream {
  /** The whole body as text (bytes decoded as UTF-8 after joining, so split characters survive). */
  text: string;
  /** The SSE events in the body; empty when it is not an event stream. */
  events: SseEvent[];
  chunks: number;
  /** Milliseconds from the response head to the first and the last chunk, or null without chunks. */
  firstChunkMs: number | null;
  lastChunkMs: number | null;
}

export function assembleStream(chunks: readonly HttpChunkEvent[]): AssembledStream {
  const ordered = [...chunks].sort((a, b) => a.seq - b.seq);
  const text = Buffer.concat(ordered.map((chunk) => bytesFromBody(chunk.data))).toString('utf8');
  return {
    text,
    events: parseSse(text),
    chunks: ordered.length,
    firstChunkMs: ordered[0]?.offset ?? null,
    lastChunkMs: ordered[ordered.length - 1]?.offset ?? null,
  };
}
