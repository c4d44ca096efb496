// Three ways a replay used to differ from the recorded run, each on a program of its own: responses
// of concurrent requests made through different clients (fetch, undici's request(), node:http) seen
// in another order; bodies that arrived in pieces (NDJSON, not an event stream) served whole, so the
// clock reads per piece collapsed; and a request the program's own deadline aborted replayed as a
// connection reset instead of the recorded TimeoutError.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecording } from '../../recorder/reading.js';
import { eventsOf, expectIdenticalReplays, fixture, recordProgram, replayProgram, useRecorderTestBed } from './harness.js';

const bed = useRecorderTestBed();

describe('replay fidelity', () => {
  it('keeps the order the program saw responses in across fetch, undici request() and node:http, with call sites for all', async () => {
    const file = join(bed.scratch.path, 'mixed-clients.jsonl');
    const run = { command: ['node', fixture('mixed-clients.mjs')], env: { STUB_URL: bed.stub.url } };
    const recorded = await recordProgram(file, run);
    expect(recorded.stderr).toBe('');
    expect(recorded.exitCode).toBe(0);
    // The delays (120 ms apart) make the three clients' responses interleave: http-c, fetch-a,
    // undici-a, http-b, … (7 changes of client) when the machine is not overloaded; a loaded machine
    // can merge neighbours. Responses grouped by client would change client at most twice, so three
    // or more changes still prove an interleaved order. Replay must give the recorded order.
    const seen = /^seen in order (.*)$/m.exec(recorded.stdout)?.[1]?.split(',') ?? [];
    expect([...seen].sort()).toEqual(['fetch-a', 'fetch-b', 'fetch-c', 'http-a', 'http-b', 'http-c', 'undici-a', 'undici-b']);
    const clientChanges = seen.filter((name, index) => index > 0 && name.split('-')[0] !== seen[index - 1]?.split('-')[0]).length;
    expect(clientChanges).toBeGreaterThanOrEqual(3);

    // Two rounds of two: the order must hold every time, not by luck.
    await expectIdenticalReplays(bed.stub, file, run, recorded.stdout);
    await expectIdenticalReplays(bed.stub, file, run, recorded.stdout);

    const requests = eventsOf(readRecording(file), 'http.request');
    const undici = requests.filter((request) => request.url.includes('/undici-'));
    expect(undici).toHaveLength(2);
    for (const request of undici) {
      expect(request.site).toMatchObject({ file: fixture('mixed-clients.mjs'), line: 19 });
      expect(request.call).toBeTypeOf('number');
    }
    expect(requests.every((request) => request.site !== null && request.call !== undefined)).toBe(true);
  });

  it('serves a body that arrived in pieces in the same pieces, with the clock values read between them', async () => {
    const file = join(bed.scratch.path, 'piecewise.jsonl');
    const run = { command: ['node', fixture('piecewise-bodies.mjs')], env: { STUB_URL: bed.stub.url } };
    const recorded = await recordProgram(file, run);
    expect(recorded.stderr).toBe('');
    // Pieces as the program read them (150 ms apart on the server, so one line each unless the machine
    // stalls for longer: the recorder keeps the pieces as they came off the wire).
    const httpPieces = Number(/^node:http pieces (\d+) /m.exec(recorded.stdout)?.[1]);
    const fetchPieces = Number(/^fetch pieces (\d+) /m.exec(recorded.stdout)?.[1]);
    expect(httpPieces).toBeGreaterThanOrEqual(2);
    expect(fetchPieces).toBeGreaterThanOrEqual(2);

    const recording = readRecording(file);
    const heads = eventsOf(recording, 'http.response');
    expect(heads.map((head) => [head.headers['content-type'], head.stream])).toEqual([
      ['application/x-ndjson', true],
      ['application/x-ndjson', true],
    ]);
    const chunks = eventsOf(recording, 'http.chunk');
    expect(chunks.filter((chunk) => chunk.request === heads[0]?.request)).toHaveLength(httpPieces);
    expect(chunks.filter((chunk) => chunk.request === heads[1]?.request)).toHaveLength(fetchPieces);
    // One clock read per piece, each recorded at its own occurrence.
    const perPiece = eventsOf(recording, 'clock').filter((read) => read.source === 'Date.now');
    expect(perPiece.map((read) => read.occurrence)).toEqual([...Array(httpPieces).keys()]);

    await expectIdenticalReplays(bed.stub, file, run, recorded.stdout);
  });

  describe('a request the program aborted', () => {
    const run = () => ({ command: ['node', fixture('aborted-request.mjs')], env: { STUB_URL: bed.stub.url, DEADLINE_MS: '300' } });

    it("stays silent until the program's own deadline fires, so it replays as the recorded TimeoutError", async () => {
      const file = join(bed.scratch.path, 'aborted.jsonl');
      const recorded = await recordProgram(file, run());
      expect(recorded.stderr).toBe('');
      expect(recorded.stdout).toContain('hang: TimeoutError The operation was aborted due to timeout');

      const ends = eventsOf(readRecording(file), 'http.end');
      expect(ends[0]).toMatchObject({ endedBy: 'program', chunks: 0 });
      expect(ends[0]?.error).toContain('gave up on the request before any response');

      await expectIdenticalReplays(bed.stub, file, run(), recorded.stdout);
    });

    it('reports that the call would hang when the replayed program has no deadline that ends it', async () => {
      const file = join(bed.scratch.path, 'aborted-no-deadline.jsonl');
      expect((await recordProgram(file, run())).exitCode).toBe(0);
      const started = performance.now();
      const replayed = await replayProgram(file, { ...run(), env: { ...run().env, DEADLINE_MS: '60000' }, hangCapMs: 1000 });
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(replayed.exitCode).toBe(1);
      expect(replayed.divergence).toMatchObject({ kind: 'hang', reason: 'recorded-abort', request: { method: 'POST' } });
      // The hang cap, or twice the recorded wait when a loaded machine stretched it past half the cap.
      const capMs = replayed.divergence?.kind === 'hang' ? replayed.divergence.capMs : 0;
      expect(capMs).toBeGreaterThanOrEqual(1000);
      expect(capMs).toBeLessThan(20_000);
      expect(replayed.stdout).not.toContain('after:');
    });
  });
});
