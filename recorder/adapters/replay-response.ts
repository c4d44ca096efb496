// Builds the response replay serves for a recorded exchange: recorded status and headers, the body
// whole or, for streams, chunk by chunk in recorded order (with recorded delays under --realtime).
import { setTimeout as sleep } from 'node:timers/promises';
import { bytesFromBody } from '../body.js';
import type { RecordedExchange } from '../replay/replay-tape.js';

/** Framing headers that described the recorded connection; replay frames bodies itself. */
const FRAMING = ['transfer-encoding', 'connection', 'keep-alive', 'content-length'];

export function replayResponse(exchange: RecordedExchange, realtime: boolean): Response | null {
  const head = exchange.response;
  if (head === null) return null;
  const headers = new Headers();
  for (const [name, value] of Object.entries(head.headers)) {
    if (!FRAMING.includes(name)) headers.set(name, value);
  }
  const init = { status: head.status, statusText: head.statusText, headers };
  if (!hasBody(head.status)) return new Response(null, init);

  const complete = exchange.end !== null && exchange.end.error === undefined;
  if (!head.stream) {
    const body = exchange.end?.body ? bytesFromBody(exchange.end.body) : Buffer.alloc(0);
    if (!complete) return new Response(cutOffStream([body]), init);
    headers.set('content-length', String(body.length));
    return new Response(body, init);
  }

  // Chunked framing keeps the response self-delimiting, so the client reuses the connection as it did.
  headers.set('transfer-encoding', 'chunked');
  const chunks = exchange.chunks;
  let next = 0;
  let previousOffset = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) {
        if (complete) controller.close();
        else controller.error(new Error('agentvet replay: the recorded stream was cut off here'));
        return;
      }
      // Yield between chunks so the program receives them one by one, as it did when recorded.
      if (realtime && chunk.offset > previousOffset) await sleep(chunk.offset - previousOffset);
      else await new Promise<void>((resolve) => setImmediate(resolve));
      previousOffset = chunk.offset;
      controller.enqueue(new Uint8Array(bytesFromBody(chunk.data)));
    },
  });
  return new Response(stream, init);
}

function cutOffStream(parts: Buffer[]): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(new Uint8Array(part));
      controller.error(new Error('agentvet replay: the recorded body was cut off here'));
    },
  });
}

function hasBody(status: number): boolean {
  return !(status === 101 || status === 204 || status === 205 || status === 304);
}
