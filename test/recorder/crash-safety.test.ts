// Crash safety: each event is appended as it happens, so a recorder killed with SIGKILL part way
// through a streamed response leaves a readable recording, and replay serves what was recorded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { readRecording } from '../../recorder/reading.js';
import { eventsOf, fixture, recordProgram, replayProgram, useRecorderTestBed } from './harness.js';

const bed = useRecorderTestBed();

async function waitForLine(file: string, pattern: RegExp, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (pattern.test(readFileSync(file, 'utf8'))) return;
    } catch {
      // Not created yet.
    }
    await sleep(25);
  }
  throw new Error(`no line matching ${pattern} in ${file}`);
}

it('leaves a readable recording when the program is killed with SIGKILL mid-stream', async () => {
  const file = join(bed.scratch.path, 'killed.jsonl');
  const run = { command: ['node', fixture('slow-stream.mjs')], env: { STUB_URL: bed.stub.url } };
  const recording = recordProgram(file, run);
  await waitForLine(file, /"type":"http\.chunk".*"seq":2/);
  const { pid } = JSON.parse(readFileSync(file, 'utf8').split('\n')[1]!) as { pid: number };
  process.kill(pid, 'SIGKILL');
  const result = await recording;
  expect(result.exitCode).toBe(137);

  const read = readRecording(file);
  expect(eventsOf(read, 'http.request')).toHaveLength(1);
  expect(eventsOf(read, 'http.chunk').length).toBeGreaterThanOrEqual(3);
  expect(eventsOf(read, 'http.end')).toHaveLength(0);
  expect(eventsOf(read, 'process.exit')).toHaveLength(0);

  // Replay serves the chunks that were recorded, then the connection fails, where the run ended.
  const replayed = await replayProgram(file, run);
  expect(replayed.divergence).toBeNull();
  expect(replayed.exitCode).not.toBe(0);
  expect(replayed.stdout.startsWith('Echo: one')).toBe(true);
  expect(replayed.stderr).toContain('terminated');
});
