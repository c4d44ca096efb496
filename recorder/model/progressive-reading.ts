// Reads a recording in batches while it streams off disk, so a viewer can draw the first screen of a
// 100,000-event run before the rest is parsed. Every batch is validated by `parseRecording` itself
// (same schema, same messages); only line numbers are shifted back to the file's.
import { createReadStream } from 'node:fs';
import { parseRecording, RecordingFormatError } from '../reading.js';
import type { RecordingEvent, RecordingHeader } from '../schema.js';

export interface RecordingBatch {
  header: RecordingHeader;
  /** The events of this batch only, in file order. */
  events: RecordingEvent[];
  /** True on the last batch. */
  done: boolean;
  /** Problems that did not stop the read (a torn last line), on the last batch. */
  warnings: string[];
}

export interface BatchSizes {
  /** Lines in the first batch: small, so the first screen comes quickly. */
  first: number;
  /** Lines in every later batch. */
  rest: number;
}

const DEFAULT_SIZES: BatchSizes = { first: 500, rest: 10_000 };

/** Yields the events of `file` in batches; throws RecordingFormatError naming the file's line. */
export async function* readRecordingInBatches(file: string, sizes: BatchSizes = DEFAULT_SIZES): AsyncGenerator<RecordingBatch> {
  let headerLine: string | null = null;
  let header: RecordingHeader | null = null;
  let pending: string[] = [];
  /** File line number (1-based) of pending[0]. */
  let pendingStart = 2;
  let partial = '';
  let batchSize = sizes.first;

  const parseBatch = (lines: string[], firstLine: number, complete: boolean): RecordingBatch & { torn: boolean } => {
    const text = `${headerLine}\n${lines.join('\n')}${complete ? '\n' : ''}`;
    try {
      const parsed = parseRecording(text, file);
      return { header: parsed.header, events: parsed.events, done: false, warnings: [], torn: parsed.warnings.length > 0 };
    } catch (error) {
      if (error instanceof RecordingFormatError && error.line > 1) {
        throw new RecordingFormatError(file, firstLine + error.line - 2, error.reason);
      }
      throw error;
    }
  };

  for await (const chunk of openStream(file)) {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (headerLine === null) {
        headerLine = line;
        header = parseRecording(`${line}\n`, file).header;
        continue;
      }
      pending.push(line);
    }
    while (pending.length >= batchSize) {
      const lines = pending.slice(0, batchSize);
      pending = pending.slice(batchSize);
      const batch = parseBatch(lines, pendingStart, true);
      pendingStart += lines.length;
      batchSize = sizes.rest;
      yield batch;
    }
  }

  if (headerLine === null) {
    // No complete line at all: let the one reader word the problem (empty file, torn header).
    header = parseRecording(partial, file).header;
    headerLine = partial;
    partial = '';
  }
  const last = parseBatch(pending, pendingStart, true);
  const warnings: string[] = [];
  if (partial !== '') {
    const tail = parseBatch([partial], pendingStart + pending.length, false);
    if (tail.torn) {
      warnings.push(`${file}:${pendingStart + pending.length}: the last line is incomplete (the run was cut off); it was ignored`);
    }
    last.events.push(...tail.events);
  }
  yield { header: header ?? last.header, events: last.events, done: true, warnings };
}

async function* openStream(file: string): AsyncGenerator<string> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream) yield chunk as string;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RecordingFormatError(file, 0, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(error)})`);
  }
}
