// Builds the response replay serves: first a plan (status, headers, body pieces with their offsets,
// how the body ends) from a recorded exchange — which faults may rewrite — then the Response itself.
// A body that arrived in pieces is served in the same pieces, one per event-loop turn (with the
// recorded delays under --realtime), so a program reading `data` events sees what it saw recorded.
import { setTimeout as sleep } from 'node:timers/promises';
import { bytesFromBody } from '../body.js';
import type { RecordedExchange } from '../replay/replay-tape.js';

/** Framing headers that described the recorded connection; replay frames bodies itself. */
const FRAMING = ['transfer-encoding', 'connection', 'keep-alive', 'content-length'];

export interface BodyPiece {
  bytes: Buffer;
  /** Milliseconds after the response head. */
  offset: number;
  /** Index of the recorded chunk among the recording's events; absent for a piece a fault made. */
  at?: number;
}

export interface ResponsePlan {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  pieces: BodyPiece[];
  /** Served with chunked framing, piece by piece; otherwise whole with a content-length. */
  streamed: boolean;
  /** Set when the body breaks off after the pieces (a cut-off recording, a cut-stream fault). */
  cutOff: string | null;
  /** Index of the recorded end of a streamed body among the recording's events. */
  endAt: number | null;
}

/** The recorded response of an exchange as a plan; null when none was recorded. */
export function planFromExchange(exchange: RecordedExchange): ResponsePlan | null {
  const head = exchange.response;
  if (head === null) return null;
  const complete = exchange.end !== null && exchange.end.error === undefined;
  const pieces: BodyPiece[] = head.stream
    ? exchange.chunks.map((chunk, index) => ({ bytes: bytesFromBody(chunk.data), offset: chunk.offset, at: exchange.chunkIndices[index] }))
    : exchange.end?.body
      ? [{ bytes: bytesFromBody(exchange.end.body), offset: 0 }]
      : [];
  return {
    status: head.status,
    statusText: head.statusText,
    headers: { ...head.headers },
    pieces,
    streamed: head.stream,
    cutOff: complete ? null : head.stream ? 'the recorded stream was cut off here' : 'the recorded body was cut off here',
    endAt: head.stream && Number.isFinite(exchange.endIndex) ? exchange.endIndex : null,
  };
}

/** Keeps the pieces of concurrent streamed bodies in the order the program saw them (see ResponseOrder). */
export interface PieceOrder {
  /** Resolves when the piece or end recorded at \`at\` may be handed over. */
  turn(at: number): Promise<void>;
  /** The reader asks for the next piece. */
  pulling(): void;
  /** A piece was handed over. */
  handedOver(at: number | undefined): void;
}

export interface ServeOptions {
  realtime: boolean;
  /** Called once the client was handed the whole body (or it gets no body, or it went away). */
  onDelivered: () => void;
  /** Absent where order does not matter (a retry served again after a fault). */
  order?: PieceOrder;
}

export function responseFromPlan(plan: ResponsePlan, { realtime, onDelivered, order }: ServeOptions): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(plan.headers)) {
    if (!FRAMING.includes(name.toLowerCase())) headers.set(name, value);
  }
  const init = { status: plan.status, statusText: plan.statusText, headers };
  if (!hasBody(plan.status)) {
    queueMicrotask(onDelivered);
    return new Response(null, init);
  }
  // Chunked framing keeps a streamed response self-delimiting, so the client reuses the connection
  // as it did; a whole body says its length.
  if (plan.streamed) headers.set('transfer-encoding', 'chunked');
  else if (plan.cutOff === null) headers.set('content-length', String(plan.pieces.reduce((sum, piece) => sum + piece.bytes.length, 0)));

  let delivered = false;
  const deliver = () => {
    if (delivered) return;
    delivered = true;
    onDelivered();
  };
  let next = 0;
  let previousOffset = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      order?.pulling();
      const piece = plan.pieces[next++];
      if (piece === undefined) {
        if (plan.endAt !== null) await order?.turn(plan.endAt);
        if (plan.cutOff === null) controller.close();
        else controller.error(new Error(`agentvet replay: ${plan.cutOff}`));
        deliver();
        return;
      }
      // Yield between pieces so the program receives them one by one, as it did when recorded.
      if (next > 1 || plan.streamed) {
        if (realtime && piece.offset > previousOffset) await sleep(piece.offset - previousOffset);
        else await new Promise<void>((resolve) => setImmediate(resolve));
      }
      if (piece.at !== undefined) await order?.turn(piece.at);
      previousOffset = piece.offset;
      controller.enqueue(new Uint8Array(piece.bytes));
      order?.handedOver(piece.at);
    },
    cancel() {
      deliver();
    },
  });
  return new Response(stream, init);
}

function hasBody(status: number): boolean {
  return !(status === 101 || status === 204 || status === 205 || status === 304);
}
