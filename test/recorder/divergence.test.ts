// Divergence: a replayed program that asks for something the recording does not hold stops with a
// report — the request it made, the one the recording expected, what differs (LLM-aware), the
// closest candidates — or, for clocks, the call site that read more often than recorded.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatDivergence } from '../../recorder/replay/format-divergence.js';
import { fixture, recordProgram, replayProgram, useRecorderTestBed } from './harness.js';

const bed = useRecorderTestBed();

it('stops a changed program at its first unrecorded LLM request and says what differs', async () => {
  const file = join(bed.scratch.path, 'agent.jsonl');
  const command = ['node', fixture('openai-agent.mjs')];
  const recorded = await recordProgram(file, { command, env: { STUB_URL: bed.stub.url } });
  expect(recorded.exitCode).toBe(0);

  const replayed = await replayProgram(file, { command, env: { STUB_URL: bed.stub.url, AGENT_QUESTION: 'What is the weather in Rome?' } });
  expect(replayed.exitCode).toBe(1);
  expect(replayed.stdout).toBe('');
  const report = replayed.divergence;
  expect(report?.kind).toBe('http');
  if (report?.kind !== 'http') return;
  expect(report.actual.method).toBe('POST');
  expect(report.actual.url).toBe(`${bed.stub.url}/v1/chat/completions`);
  expect(report.actual.site?.file).toBe(fixture('openai-agent.mjs'));
  expect(report.actual.body).toContain('Rome');
  expect(report.expected?.request.body).toContain('Paris');
  expect(report.expected?.differences).toEqual(['messages[0] (user).content: "What is the weather in Paris?" → "What is the weather in Rome?"']);
  expect(report.candidates.length).toBeGreaterThan(0);

  const text = formatDivergence(report, file);
  expect(text).toContain('the program made a request that is not in the recording');
  expect(text).toMatch(/expected request: POST .*\/v1\/chat\/completions/);
  expect(text).toContain(`(event #${report.expected?.eventIndex}, the next request the recording holds)`);
  expect(text).toContain('closest recorded requests:');
});

it('reports a call site that reads the clock more often than recorded', async () => {
  const file = join(bed.scratch.path, 'clock.jsonl');
  const command = ['node', fixture('clock-loop.mjs')];
  const recorded = await recordProgram(file, { command, env: { READS: '3' } });
  expect(recorded.stdout.split('\n').filter(Boolean)).toHaveLength(3);

  const same = await replayProgram(file, { command, env: { READS: '3' } });
  expect(same.stdout).toBe(recorded.stdout);

  const more = await replayProgram(file, { command, env: { READS: '4' } });
  expect(more.exitCode).toBe(1);
  expect(more.stdout).toBe(recorded.stdout);
  expect(more.divergence).toMatchObject({ kind: 'value', source: 'Date.now', recordedReads: 3, site: { file: fixture('clock-loop.mjs'), line: 3 } });
  expect(formatDivergence(more.divergence!)).toContain('user code read Date.now more often than recorded');
});
