// Replays a folder of recordings against their programs, as a regression check: each recording is
// replayed with the command its header names (or one given for all), from a working directory, and
// passes when no process diverged and the program exited as it did when recorded.
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { readRecording } from './reading.js';
import type { DivergenceReport } from './replay/divergence.js';
import { replayRun } from './runs.js';

export interface VerifiedRecording {
  file: string;
  command: string[];
  passed: boolean;
  /** Why it failed: a divergence, another exit code, or a recording that cannot be read. */
  failure: string | null;
  divergence: DivergenceReport | null;
  exitCode: number | null;
  recordedExitCode: number | null;
  durationMs: number;
  stdout: string;
  stderr: string;
}

export interface VerifyOptions {
  /** Recording files, or folders searched for `*.jsonl` (not recursively into node_modules). */
  paths: readonly string[];
  cwd: string;
  /** Replay every recording with this command instead of the one in its header. */
  command?: readonly string[];
  redact?: readonly string[];
  idempotencyKeyNames?: readonly string[];
  /** Stop after the first recording that fails. */
  bail?: boolean;
  onResult?: (result: VerifiedRecording) => void;
}

/** The path relative to the working directory when it lies under it, else absolute. */
function shownPath(file: string, cwd: string): string {
  const path = relative(cwd, file);
  return path === '' || path.startsWith('..') || isAbsolute(path) ? file : path;
}

export class VerifyInputError extends Error {
  override name = 'VerifyInputError';
}

export function findRecordings(paths: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.git')) continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && entry.name.endsWith('.jsonl')) found.push(child);
    }
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new VerifyInputError(`${path}: no such file or folder`);
    }
    if (stats.isDirectory()) walk(absolute);
    else found.push(absolute);
  }
  if (found.length === 0) throw new VerifyInputError(`no recordings (*.jsonl) in ${paths.join(', ')}`);
  return found;
}

export async function verifyRecordings(options: VerifyOptions): Promise<VerifiedRecording[]> {
  const results: VerifiedRecording[] = [];
  for (const file of findRecordings(options.paths, options.cwd)) {
    const result = await verifyOne(file, options);
    results.push(result);
    options.onResult?.(result);
    if (options.bail && !result.passed) break;
  }
  return results;
}

async function verifyOne(file: string, options: VerifyOptions): Promise<VerifiedRecording> {
  const started = performance.now();
  const base = { file: shownPath(file, options.cwd), divergence: null, exitCode: null, recordedExitCode: null, stdout: '', stderr: '' };
  let recording;
  try {
    recording = readRecording(file);
  } catch (error) {
    return { ...base, command: [], passed: false, failure: error instanceof Error ? error.message : String(error), durationMs: performance.now() - started };
  }
  const command = [...(options.command ?? recording.header.command)];
  const root = recording.events.find((event) => event.type === 'process.exit' && event.proc === '1');
  const recordedExitCode = root?.type === 'process.exit' ? root.code : null;
  try {
    const replayed = await replayRun({
      recording: file,
      command,
      cwd: options.cwd,
      redact: options.redact,
      idempotencyKeyNames: options.idempotencyKeyNames,
      capture: true,
    });
    const exitMismatch = replayed.divergence === null && recordedExitCode !== null && replayed.exitCode !== recordedExitCode;
    const failure = replayed.divergence
      ? 'the program diverged from the recording'
      : exitMismatch
        ? `the program exited with ${replayed.exitCode}; it exited with ${recordedExitCode} when recorded`
        : null;
    return {
      ...base,
      command,
      passed: failure === null,
      failure,
      divergence: replayed.divergence,
      exitCode: replayed.exitCode,
      recordedExitCode,
      durationMs: performance.now() - started,
      stdout: replayed.stdout,
      stderr: replayed.stderr,
    };
  } catch (error) {
    return { ...base, command, recordedExitCode, passed: false, failure: error instanceof Error ? error.message : String(error), durationMs: performance.now() - started };
  }
}
