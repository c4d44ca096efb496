// Concurrency: five requests in Promise.all finishing out of order, and five identical requests at
// once. Replay gives each call its own recorded response and keeps the recorded completion order.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readRecording } from '../../recorder/reading.js';
import { eventsOf, expectIdenticalReplays, fixture, recordProgram, useRecorderTestBed } from './harness.js';

const bed = useRecorderTestBed();

it('replays concurrent requests with their own responses, in the recorded completion order', async () => {
  const file = join(bed.scratch.path, 'concurrent.jsonl');
  const run = { command: ['node', fixture('concurrent-requests.mjs')], env: { STUB_URL: bed.stub.url } };
  const recorded = await recordProgram(file, run);
  expect(recorded.exitCode).toBe(0);
  expect(recorded.stdout).toContain('finished in order 3,1,4,2,0');

  const requests = eventsOf(readRecording(file), 'http.request');
  expect(requests).toHaveLength(10);
  const identical = requests.filter((request) => request.url.endsWith('/same'));
  expect(new Set(identical.map((request) => request.key)).size).toBe(1);
  expect(identical.map((request) => request.occurrence).sort()).toEqual([0, 1, 2, 3, 4]);

  await expectIdenticalReplays(bed.stub, file, run, recorded.stdout);
});
