// The two runs behind `agentvet record` and `agentvet replay`: create the recording (header, mode
// 0600) or check it, set the preload's environment, run the command, and collect the outcome
// (the recording written, or the divergence a replayed process reported).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ENV } from './environment.js';
import { runWithRecorder, type CommandResult } from './launch.js';
import { readRecording } from './reading.js';
import { Redactor } from './redaction.js';
import { DivergenceReportSchema, type DivergenceReport } from './replay/divergence.js';
import { RECORDING_FORMAT, RECORDING_VERSION } from './schema.js';
import { createRecordingFile } from './writing.js';

export interface RunOptions {
  command: readonly string[];
  /** Extra redaction patterns (regular expression sources). */
  redact?: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  capture?: boolean;
}

export interface RecordResult extends CommandResult {
  file: string;
}

export function defaultRecordingPath(cwd: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(cwd, '.agentvet', 'runs', `${stamp}.jsonl`);
}

export async function recordRun(options: RunOptions & { output?: string }): Promise<RecordResult> {
  const cwd = options.cwd ?? process.cwd();
  const redactor = new Redactor(options.redact ?? []);
  const file = resolve(cwd, options.output ?? defaultRecordingPath(cwd));
  createRecordingFile(file, {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    createdAt: new Date().toISOString(),
    command: [...options.command],
    cwd,
    node: process.version,
    redaction: { extraPatterns: redactor.extraPatterns.length, fingerprint: redactor.fingerprint },
  });
  const result = await runWithRecorder({
    command: options.command,
    recorderEnv: { ...placementEnv(redactor), [ENV.mode]: 'record', [ENV.recording]: file },
    cwd,
    env: options.env,
    capture: options.capture,
  });
  return { ...result, file };
}

export interface ReplayResult extends CommandResult {
  /** The first divergence a process reported; the exit code is then 1. */
  divergence: DivergenceReport | null;
  warnings: string[];
}

export interface ReplayOptions extends RunOptions {
  recording: string;
  realtime?: boolean;
  /** Told each warning (torn last line, redaction mismatch) before the command starts. */
  onWarning?: (warning: string) => void;
}

export async function replayRun(options: ReplayOptions): Promise<ReplayResult> {
  const cwd = options.cwd ?? process.cwd();
  const file = resolve(cwd, options.recording);
  const recording = readRecording(file);
  const redactor = new Redactor(options.redact ?? []);
  const warnings = [...recording.warnings];
  if (recording.header.redaction.fingerprint !== redactor.fingerprint) {
    warnings.push(
      `the recording was made with ${recording.header.redaction.extraPatterns} extra redaction pattern(s) and replay uses ` +
        `${redactor.extraPatterns.length} different one(s): pass the same --redact patterns, or requests may not match`,
    );
  }
  for (const warning of warnings) options.onWarning?.(warning);
  const scratch = mkdtempSync(join(tmpdir(), 'agentvet-replay-'));
  const divergenceFile = join(scratch, 'divergence.jsonl');
  try {
    const result = await runWithRecorder({
      command: options.command,
      recorderEnv: {
        ...placementEnv(redactor),
        [ENV.mode]: 'replay',
        [ENV.recording]: file,
        [ENV.realtime]: options.realtime ? '1' : '0',
        [ENV.divergence]: divergenceFile,
      },
      cwd,
      env: options.env,
      capture: options.capture,
    });
    const divergence = readDivergence(divergenceFile);
    return { ...result, exitCode: divergence ? 1 : result.exitCode, divergence, warnings };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Where the root process stands: logical path 1, spawned by this process, no redaction surprises. */
function placementEnv(redactor: Redactor): Record<string, string> {
  const env: Record<string, string> = { [ENV.proc]: '1', [ENV.lamport]: '0', [ENV.spawnerPid]: String(process.pid) };
  if (redactor.extraPatterns.length > 0) env[ENV.redact] = JSON.stringify(redactor.extraPatterns);
  return env;
}

function readDivergence(file: string): DivergenceReport | null {
  if (!existsSync(file)) return null;
  const first = readFileSync(file, 'utf8').split('\n').find((line) => line.trim() !== '');
  if (!first) return null;
  const parsed = DivergenceReportSchema.safeParse(JSON.parse(first));
  if (!parsed.success) throw new Error(`agentvet: a replayed process wrote an unreadable divergence report: ${parsed.error.message}`);
  return parsed.data;
}
