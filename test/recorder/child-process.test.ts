// Child processes: the recorder rides into Node children through NODE_OPTIONS, their events land in
// the same file with their own logical process path and a causal link to the spawn, and replay
// serves each process its own exchanges.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readRecording } from '../../recorder/reading.js';
import { eventsOf, expectIdenticalReplays, fixture, recordProgram, useRecorderTestBed } from './harness.js';

const bed = useRecorderTestBed();

it('records Node child processes into the same file and replays each from its own events', async () => {
  const file = join(bed.scratch.path, 'children.jsonl');
  const run = { command: ['node', fixture('parent-with-child.mjs')], env: { STUB_URL: bed.stub.url } };
  const recorded = await recordProgram(file, run);
  expect(recorded.stderr).toBe('');
  expect(recorded.exitCode).toBe(0);

  const recording = readRecording(file);
  const starts = eventsOf(recording, 'process.start');
  expect(starts.map((event) => event.proc)).toEqual(['1', '1.1', '1.2']);
  const spawns = eventsOf(recording, 'process.spawn');
  expect(spawns.map((event) => event.child)).toEqual(['1.1', '1.2']);
  expect(starts[1]?.parent).toBe(spawns[0]?.id);
  expect(starts[2]?.parent).toBe(spawns[1]?.id);
  // The Lamport clock carries over: a child's first event comes after the spawn that caused it.
  expect(starts[1]!.lamport).toBeGreaterThan(spawns[0]!.lamport);
  expect(new Set(recording.events.map((event) => event.pid)).size).toBe(3);
  const requestsByProc = eventsOf(recording, 'http.request').map((event) => `${event.proc} ${new URL(event.url).pathname}`);
  expect(requestsByProc.sort()).toEqual(['1 /parent', '1.1 /child/async', '1.2 /child/sync']);

  await expectIdenticalReplays(bed.stub, file, run, recorded.stdout);
});
