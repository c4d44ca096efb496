// Reading a recording in batches gives what the one-shot reader gives: the same events, the same
// warning for a torn last line, and errors naming the same file line.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecordingInBatches, type RecordingBatch } from '../../recorder/model/progressive-reading.js';
import { readRecording, RecordingFormatError } from '../../recorder/reading.js';
import { scratchDirectory } from '../recorder/harness.js';
import { writeSyntheticRecording } from './synthetic-recording.js';

const scratch = scratchDirectory();
afterAll(scratch.remove);

async function collect(file: string, first = 7, rest = 50): Promise<RecordingBatch[]> {
  const batches: RecordingBatch[] = [];
  for await (const batch of readRecordingInBatches(file, { first, rest })) batches.push(batch);
  return batches;
}

async function failureOf(promise: Promise<unknown>): Promise<RecordingFormatError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RecordingFormatError) return error;
    throw error;
  }
  throw new Error('expected a RecordingFormatError');
}

function synthetic(name: string, events: number): string {
  const file = join(scratch.path, name);
  writeSyntheticRecording(file, { events });
  return file;
}

describe('readRecordingInBatches', () => {
  it('yields a small first batch, then larger ones, holding exactly the events readRecording reads', async () => {
    const file = synthetic('whole.jsonl', 300);
    const batches = await collect(file);
    expect(batches[0]?.events).toHaveLength(7);
    expect(batches[1]?.events).toHaveLength(50);
    expect(batches.filter((batch) => batch.done)).toEqual([batches[batches.length - 1]]);
    expect(batches.flatMap((batch) => batch.events)).toEqual(readRecording(file).events);
    expect(batches[0]?.header).toEqual(readRecording(file).header);
  });

  it('tolerates a torn last line with the same warning', async () => {
    const file = synthetic('torn.jsonl', 40);
    appendFileSync(file, '{"id":"1:999","parent":"1:0","lam');
    const batches = await collect(file);
    const whole = readRecording(file);
    expect(batches.flatMap((batch) => batch.events)).toEqual(whole.events);
    expect(batches[batches.length - 1]?.warnings).toEqual(whole.warnings);
  });

  it('names the same file line as readRecording for a bad line in a later batch', async () => {
    const file = synthetic('bad.jsonl', 200);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[120] = '{"id":"1:119","type":"http.request"}';
    writeFileSync(file, lines.join('\n'));
    const expected = (() => {
      try {
        readRecording(file);
      } catch (error) {
        return error as RecordingFormatError;
      }
      throw new Error('readRecording accepted a bad line');
    })();
    const error = await failureOf(collect(file));
    expect(error.line).toBe(121);
    expect(error.message).toBe(expected.message);
  });

  it('fails like readRecording on a missing file, an empty file and a file that is not a recording', async () => {
    expect((await failureOf(collect(join(scratch.path, 'missing.jsonl')))).message).toMatch(/missing\.jsonl:0: no such file$/);
    const empty = join(scratch.path, 'empty.jsonl');
    writeFileSync(empty, '');
    expect((await failureOf(collect(empty))).message).toBe(`${empty}:1: empty file: not an agentvet recording`);
    const other = join(scratch.path, 'other.jsonl');
    writeFileSync(other, '{"hello":"world"}\n{}\n');
    expect((await failureOf(collect(other))).line).toBe(1);
  });
});
