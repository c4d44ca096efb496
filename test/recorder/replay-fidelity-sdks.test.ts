// Replay fidelity through the real SDK clients (`openai`, `@anthropic-ai/sdk`, `ai`) rather than
// plain fetch: concurrent streamed calls through all three at once, whose deltas the program saw
// interleaved and whose streams finished out of start order, replay in the order the program saw
// them; a JSONL body streamed through the Anthropic SDK (message-batch results) keeps its pieces;
// and a call each SDK aborted on the program's own deadline replays as the same error — or, with
// the deadline gone, stops at the hang cap.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordResult } from '../../recorder/runs.js';
import { readRecording } from '../../recorder/reading.js';
import { eventsOf, expectIdenticalReplays, fixture, recordProgram, replayProgram, useRecorderTestBed } from './harness.js';

const bed = useRecorderTestBed();

describe('replay fidelity through the SDK clients', () => {
  it('replays concurrent streams of openai, anthropic and ai in the order the program saw their deltas', async () => {
    const file = join(bed.scratch.path, 'concurrent-sdks.jsonl');
    const run = { command: ['node', fixture('concurrent-sdk-streams.mjs')], env: { STUB_URL: bed.stub.url } };
    const recorded = await recordProgram(file, run);
    expect(recorded.stderr).toBe('');
    expect(recorded.exitCode).toBe(0);
    const lines = recorded.stdout.trim().split('\n');
    const done = lines.filter((line) => / done /.test(line)).map((line) => line.split(' ')[0]);
    // Started openai, anthropic, ai; the server's delays (300, 0 and 150 ms) make them finish the other way round.
    expect(done).toEqual(['anthropic', 'ai', 'openai']);
    // The streams overlapped: the program saw deltas of one client between deltas of another.
    const deltas = lines.filter((line) => / delta /.test(line)).map((line) => line.split(' ')[0]);
    const switches = deltas.filter((sdk, index) => index > 0 && sdk !== deltas[index - 1]).length;
    expect(switches).toBeGreaterThanOrEqual(4);
    expect(lines.filter((line) => line.startsWith('batch result'))).toHaveLength(3);

    const recording = readRecording(file);
    const heads = eventsOf(recording, 'http.response');
    expect(heads.filter((head) => head.headers['content-type'] === 'text/event-stream')).toHaveLength(3);
    const results = heads.find((head) => head.headers['content-type'] === 'application/binary');
    expect(results?.stream).toBe(true);
    expect(eventsOf(recording, 'http.chunk').filter((chunk) => chunk.request === results?.request)).toHaveLength(3);

    await expectIdenticalReplays(bed.stub, file, run, recorded.stdout);
    await expectIdenticalReplays(bed.stub, file, run, recorded.stdout);
  });

  describe('a call aborted by the program’s own deadline', () => {
    const run = (env: Record<string, string> = {}) => ({ command: ['node', fixture('sdk-deadlines.mjs')], env: { STUB_URL: bed.stub.url, DEADLINE_MS: '300', ...env } });
    const file = join(bed.scratch.path, 'sdk-deadlines.jsonl');
    let recorded: RecordResult;
    beforeAll(async () => {
      recorded = await recordProgram(file, run());
    });

    it('replays as the error each SDK gave when recorded', async () => {
      expect(recorded.stderr).toBe('');
      expect(recorded.exitCode).toBe(0);
      expect(recorded.stdout).toMatch(/^openai: APIConnectionTimeoutError Error: Request timed out\. after \d+ ms/m);
      expect(recorded.stdout).toMatch(/^anthropic: APIConnectionTimeoutError APIConnectionTimeoutError: Request timed out\. after \d+ ms/m);
      expect(recorded.stdout).toMatch(/^ai: DOMException TimeoutError: The operation was aborted due to timeout after \d+ ms/m);
      expect(recorded.stdout).toMatch(/^after: chatcmpl-/m);
      const recording = readRecording(file);
      const hung = eventsOf(recording, 'http.request').slice(0, 3).map((request) => request.id);
      const ends = hung.map((id) => eventsOf(recording, 'http.end').find((end) => end.request === id));
      expect(ends.map((end) => [end?.endedBy, end?.chunks])).toEqual([
        ['program', 0],
        ['program', 0],
        ['program', 0],
      ]);
      await expectIdenticalReplays(bed.stub, file, run(), recorded.stdout);
    });

    it.each([
      ['openai', '/v1/chat/completions'],
      ['anthropic', '/v1/messages'],
      ['ai', '/v1/chat/completions'],
    ])('with the %s call’s deadline removed, stops at the hang cap and says the call would hang', async (sdk, path) => {
      const started = performance.now();
      const replayed = await replayProgram(file, { ...run({ NO_DEADLINE: sdk }), hangCapMs: 1000 });
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(replayed.exitCode).toBe(1);
      expect(replayed.divergence).toMatchObject({ kind: 'hang', reason: 'recorded-abort', request: { method: 'POST', url: expect.stringContaining(path) } });
      // The cap is the hang cap, or twice the recorded wait when that was longer (a loaded machine can stretch the
      // recorded 300 ms deadline past 500 ms).
      const capMs = replayed.divergence?.kind === 'hang' ? replayed.divergence.capMs : 0;
      expect(capMs).toBeGreaterThanOrEqual(1000);
      expect(capMs).toBeLessThan(20_000);
      expect(replayed.stdout).not.toMatch(new RegExp(`^${sdk}:`, "m"));
      expect(replayed.stdout).not.toContain('after:');
    });
  });
});
