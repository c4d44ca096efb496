// The options of the two commands: `record` writes to .agentvet/runs/<timestamp>.jsonl by default and
// never overwrites; `replay --realtime` keeps the recorded delays between streamed chunks, while a
// plain replay serves them as fast as the program reads.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readRecording } from '../../recorder/reading.js';
import { recordRun } from '../../recorder/runs.js';
import { eventsOf, fixture, recordProgram, replayProgram, useRecorderTestBed } from './harness.js';

const bed = useRecorderTestBed();

it('records to .agentvet/runs/<timestamp>.jsonl by default, mode 0600, and never overwrites', async () => {
  const result = await recordRun({ command: [process.execPath, '-e', 'console.log(Date.now() > 0)'], cwd: bed.scratch.path, capture: true });
  expect(result.exitCode).toBe(0);
  expect(result.stdout).toBe('true\n');
  const runs = join(bed.scratch.path, '.agentvet', 'runs');
  expect(readdirSync(runs)).toEqual([result.file.slice(runs.length + 1)]);
  expect(result.file).toMatch(/\.agentvet\/runs\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.jsonl$/);
  expect(statSync(result.file).mode & 0o777).toBe(0o600);
  const recording = readRecording(result.file);
  expect(recording.header.command).toEqual([process.execPath, '-e', 'console.log(Date.now() > 0)']);
  expect(eventsOf(recording, 'clock')).toHaveLength(1);

  await expect(recordRun({ command: [process.execPath, '-e', ''], cwd: bed.scratch.path, output: result.file })).rejects.toThrow(/EEXIST/);
  expect(existsSync(result.file)).toBe(true);
});

it('keeps the recorded chunk delays only with --realtime', async () => {
  const file = join(bed.scratch.path, 'timed.jsonl');
  const run = { command: ['node', fixture('timed-stream.mjs')], env: { STUB_URL: bed.stub.url } };
  const recorded = await recordProgram(file, run);
  expect(recorded.exitCode).toBe(0);
  const chunks = eventsOf(readRecording(file), 'http.chunk');
  const streamed = chunks.at(-1)!.offset;
  expect(streamed).toBeGreaterThan(400);

  // The time the program took to read the stream, measured inside it, so process start-up does not count.
  const timed = async (realtime: boolean) => {
    const replayed = await replayProgram(file, { ...run, realtime });
    expect(replayed.stdout).toBe(recorded.stdout);
    const real = /real ms: ([0-9.]+)/.exec(replayed.stderr);
    expect(real).not.toBeNull();
    return Number(real![1]);
  };
  expect(await timed(true)).toBeGreaterThan(streamed);
  expect(await timed(false)).toBeLessThan(streamed / 2);
});
