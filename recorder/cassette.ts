// Recordings in tests, in process: `withRecording(file, { mode }, callback)` runs the callback with
// the recorder installed — `record` (live, writes the file), `replay` (never the network; a request
// the recording does not hold fails the callback's request and then the call, with the divergence
// report), `auto` (replay when the file exists, else record) or `update` (re-record). The mode can
// be overridden by AGENTVET_CASSETTE_MODE, so CI runs replay only. Clocks, randomness and HTTP are
// taken over for the callback only: the process is left as it was found, even when the callback throws.
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { readRecording, RecordingFormatError } from './reading.js';
import type { DivergenceReport } from './replay/divergence.js';
import { formatDivergence } from './replay/format-divergence.js';
import { RECORDING_FORMAT, RECORDING_VERSION } from './schema.js';
import { Redactor } from './redaction.js';
import { startRecorder } from './start.js';
import { createRecordingFile } from './writing.js';

export const CASSETTE_MODES = ['record', 'replay', 'auto', 'update'] as const;
export type CassetteMode = (typeof CASSETTE_MODES)[number];
/** Overrides every call's mode, e.g. `AGENTVET_CASSETTE_MODE=replay` in CI. */
export const CASSETTE_MODE_ENV = 'AGENTVET_CASSETTE_MODE';

export interface WithRecordingOptions {
  /** Default `auto`; AGENTVET_CASSETTE_MODE overrides it. */
  mode?: CassetteMode;
  /** Extra redaction patterns (regular expression sources), as `agentvet record --redact`. */
  redact?: readonly string[];
  /** Replay streamed chunks with their recorded delays. */
  realtime?: boolean;
}

/** A mistake in how the cassette is used: a mode that does not exist, a file that is missing or in the way. */
export class CassetteError extends Error {
  override name = 'CassetteError';
}

/** The callback did something its recording does not hold; `message` is the divergence report. */
export class CassetteDivergenceError extends Error {
  override name = 'CassetteDivergenceError';
  constructor(
    readonly report: DivergenceReport,
    file: string,
    options?: { cause?: unknown },
  ) {
    super(formatDivergence(report, file).trimEnd(), options);
  }
}

const ModeSchema = z.enum(CASSETTE_MODES);

let active: string | null = null;

export async function withRecording<T>(file: string, options: WithRecordingOptions, callback: () => T | Promise<T>): Promise<T> {
  const path = resolve(file);
  const mode = chosenMode(options.mode);
  const replaying = mode === 'replay' || (mode === 'auto' && existsSync(path));
  if (active !== null) throw new CassetteError(`withRecording(${file}): ${active} is still in use; cassettes do not nest or run concurrently in one process`);
  if (replaying) checkReplayable(path, file);
  else prepareRecording(path, file, mode, options);

  const divergences: DivergenceReport[] = [];
  active = file;
  let recorder;
  try {
    recorder = startRecorder({
      mode: replaying ? 'replay' : 'record',
      recordingFile: path,
      redact: options.redact,
      realtime: options.realtime,
      onDivergence: (report) => divergences.push(report),
    });
  } catch (error) {
    active = null;
    throw error;
  }
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: await callback() };
  } catch (error) {
    outcome = { ok: false, error };
  } finally {
    active = null;
  }
  recorder.stop(outcome.ok ? 0 : 1);
  const [divergence] = divergences;
  if (divergence) throw new CassetteDivergenceError(divergence, file, outcome.ok ? undefined : { cause: outcome.error });
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

function chosenMode(requested: CassetteMode | undefined): CassetteMode {
  const fromEnv = process.env[CASSETTE_MODE_ENV];
  const raw = fromEnv !== undefined && fromEnv !== '' ? fromEnv : (requested ?? 'auto');
  const parsed = ModeSchema.safeParse(raw);
  if (!parsed.success) {
    const where = fromEnv !== undefined && fromEnv !== '' ? `${CASSETTE_MODE_ENV}=${JSON.stringify(fromEnv)}` : `mode ${JSON.stringify(raw)}`;
    throw new CassetteError(`${where} is not a cassette mode: use one of ${CASSETTE_MODES.join(', ')}`);
  }
  return parsed.data;
}

function checkReplayable(path: string, file: string): void {
  if (!existsSync(path)) throw new CassetteError(`no recording at ${file} to replay: run once with mode 'record' (or 'auto') to make it`);
  try {
    readRecording(path);
  } catch (error) {
    if (error instanceof RecordingFormatError) throw new CassetteError(error.message);
    throw error;
  }
}

function prepareRecording(path: string, file: string, mode: CassetteMode, options: WithRecordingOptions): void {
  if (existsSync(path)) {
    if (mode === 'record') throw new CassetteError(`${file} already exists: use mode 'update' to record it again`);
    rmSync(path);
  }
  const redactor = new Redactor(options.redact ?? []);
  createRecordingFile(path, {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    createdAt: new Date().toISOString(),
    command: [...process.argv],
    cwd: process.cwd(),
    node: process.version,
    redaction: { extraPatterns: redactor.extraPatterns.length, fingerprint: redactor.fingerprint },
  });
}
