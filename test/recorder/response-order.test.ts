// The order replay hands out concurrent responses in, piece by piece, on two exchanges made up
// here: A (request event 0, head 2, pieces 4 6 8, end 9) and B (request event 1, head 3, pieces
// 5 7 10, end 11), as two streams whose pieces interleaved when recorded.
import { describe, expect, it } from 'vitest';
import type { RecordedExchange } from '../../recorder/replay/replay-tape.js';
import { ResponseOrder } from '../../recorder/replay/response-order.js';

function exchange(index: number, responseIndex: number, chunkIndices: number[], endIndex: number): RecordedExchange {
  return { index, responseIndex, chunkIndices, endIndex, response: { stream: true }, chunks: [], end: null, llm: null, claimed: false } as unknown as RecordedExchange;
}

/** Whether the promise settled within a few event-loop turns. */
async function settles(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let turn = 0; turn < 20; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
  return settled;
}

describe('ResponseOrder', () => {
  it('holds a piece until the pieces of another stream recorded before it were read', async () => {
    const a = exchange(0, 2, [4, 6, 8], 9);
    const b = exchange(1, 3, [5, 7, 10], 11);
    const order = new ResponseOrder([a, b], 60_000);
    order.markServed(a);
    order.markServed(b);
    order.markPulling(a);
    order.markPulling(b);
    const bFirstPiece = order.turn(b, 5);
    expect(await settles(bFirstPiece)).toBe(false);
    expect(await settles(order.turn(a, 4))).toBe(true);
    order.markPieceDelivered(a, 4);
    expect(await settles(bFirstPiece)).toBe(true);
    // A's next piece (6) now waits for B's piece 5, and only for that.
    order.markPulling(a);
    const aSecondPiece = order.turn(a, 6);
    expect(await settles(aSecondPiece)).toBe(false);
    order.markPieceDelivered(b, 5);
    expect(await settles(aSecondPiece)).toBe(true);
  });

  it('does not hold a piece for a stream whose reader is not asking for more: the program reads in its own order', async () => {
    const a = exchange(0, 2, [4, 6, 8], 9);
    const b = exchange(1, 3, [5, 7, 10], 11);
    const order = new ResponseOrder([a, b], 60_000);
    order.markServed(a);
    order.markServed(b);
    order.markPulling(a);
    order.markPieceDelivered(a, 4);
    // A's piece 4 is handed over and read; its reader has not asked for piece 6 (the program reads B first).
    expect(await settles(order.turn(b, 5))).toBe(true);
    expect(await settles(order.turn(b, 7))).toBe(true);
    // Once A's reader asks again, B's piece 10 waits for A's pieces 6 and 8.
    order.markPulling(a);
    expect(await settles(order.turn(b, 10))).toBe(false);
  });

  it('holds a head for the head of a request made before it, and waits no longer than its patience for one the program does not make', async () => {
    const a = exchange(0, 2, [4], 5);
    const b = exchange(1, 3, [6], 7);
    const order = new ResponseOrder([a, b], 50);
    expect(await settles(order.turn(b))).toBe(false);
    const started = performance.now();
    await order.turn(b);
    expect(performance.now() - started).toBeGreaterThanOrEqual(40);
    // A was given up on: B's later pieces do not wait for it again.
    expect(await settles(order.turn(b, 6))).toBe(true);
  });
});
