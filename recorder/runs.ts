// The two runs behind `agentvet record` and `agentvet replay`: create the recording (header, mode
// 0600) or check it, set the preload's environment, run the command, and collect the outcome
// (the recording written, or the divergence a replayed process reported).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ENV } from './environment.js';
import { runWithRecorder, type CommandResult } from './launch.js';
import { readRecording, type Recording } from './reading.js';
import { Redactor } from './redaction.js';
import type { ReplayPlanInput } from './replay/replay-plan.js';
import { ReplayPlanError, resolveReplayPlan, type ReplayFlags } from './replay/resolve-plan.js';
import { DivergenceReportSchema, type DivergenceReport } from './replay/divergence.js';
import { RECORDING_FORMAT, RECORDING_VERSION } from './schema.js';
import { auditRecording, type KnownSecret, type SecretFinding } from './secrets/audit.js';
import { envSecrets } from './secrets/env-secrets.js';
import { newSecretsKey, SharedSecretsFile } from './secrets/shared-secrets.js';
import { createRecordingFile } from './writing.js';

export interface RunOptions {
  command: readonly string[];
  /** Extra redaction patterns (regular expression sources). */
  redact?: readonly string[];
  /** Environment variables masked by value whatever their names (`--redact-env`). */
  redactEnv?: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  capture?: boolean;
}

export interface RecordResult extends CommandResult {
  file: string;
  /** What the scan at the end still found in the recording (a secret seen before it was learned, in a place no rule knows). */
  secretFindings: SecretFinding[];
}

export function defaultRecordingPath(cwd: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(cwd, '.agentvet', 'runs', `${stamp}.jsonl`);
}

export async function recordRun(options: RunOptions & { output?: string }): Promise<RecordResult> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const redactEnv = [...(options.redactEnv ?? [])];
  const redactor = new Redactor(options.redact ?? []);
  const secretsOfEnv = envSecrets(env, redactEnv);
  for (const { value } of secretsOfEnv) redactor.memory.remember(value);
  const file = resolve(cwd, options.output ?? defaultRecordingPath(cwd));
  createRecordingFile(file, {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    createdAt: new Date().toISOString(),
    command: redactor.argv(options.command),
    cwd,
    node: process.version,
    redaction: {
      extraPatterns: redactor.extraPatterns.length,
      fingerprint: redactor.fingerprint,
      ...(redactEnv.length > 0 ? { env: redactEnv } : {}),
    },
  });
  const shared = sharedSecrets();
  let learned: string[] = [];
  try {
    const result = await runWithRecorder({
      command: options.command,
      recorderEnv: { ...placementEnv(redactor, redactEnv), ...shared.env, [ENV.mode]: 'record', [ENV.recording]: file },
      cwd,
      env: options.env,
      capture: options.capture,
    });
    learned = shared.learned();
    const known: KnownSecret[] = [
      ...secretsOfEnv.map(({ name, value }) => ({ value, label: `the value of ${name}` })),
      ...learned.map((value) => ({ value, label: 'a value the run masked as a secret elsewhere' })),
    ];
    return { ...result, file, secretFindings: auditRecording(readRecording(file), known) };
  } finally {
    shared.remove();
  }
}

/**
 * The run's shared file of learned secrets (in a private scratch folder) and its key, which only the
 * run's environment carries. `learned()` reads what every process put there; `remove()` deletes it.
 */
function sharedSecrets() {
  const scratch = mkdtempSync(join(tmpdir(), 'agentvet-secrets-'));
  const file = join(scratch, 'learned');
  const key = newSecretsKey();
  return {
    env: { [ENV.secrets]: file, [ENV.secretsKey]: key },
    learned(): string[] {
      if (!existsSync(file)) return [];
      const reader = new SharedSecretsFile(file, key);
      try {
        return reader.readNew();
      } finally {
        reader.close();
      }
    },
    remove(): void {
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

export interface ReplayResult extends CommandResult {
  /** The first divergence a process reported; the exit code is then 1. */
  divergence: DivergenceReport | null;
  warnings: string[];
  /** The new recording of the replayed run (`output`), or null. */
  output: string | null;
}

export interface ReplayOptions extends RunOptions {
  recording: string;
  realtime?: boolean;
  /** `--fault`, `--live`, `--live-after`, `--live-after-divergence`, resolved against the recording. */
  flags?: ReplayFlags;
  /** Write the replayed run as a new recording (its header names the source and the flags). */
  output?: string;
  /** How long a silent call may wait for the program's own deadline (ms). */
  hangCapMs?: number;
  /** Body fields that carry idempotency keys: left out when a retry after a fault is matched. */
  idempotencyKeyNames?: readonly string[];
  /** Told each warning (torn last line, redaction mismatch) before the command starts. */
  onWarning?: (warning: string) => void;
}

export async function replayRun(options: ReplayOptions): Promise<ReplayResult> {
  const cwd = options.cwd ?? process.cwd();
  const file = resolve(cwd, options.recording);
  const recording = readRecording(file);
  const redactor = new Redactor(options.redact ?? []);
  const redactEnv = [...new Set([...(recording.header.redaction.env ?? []), ...(options.redactEnv ?? [])])];
  const warnings = [...recording.warnings];
  if (recording.header.redaction.fingerprint !== redactor.fingerprint) {
    warnings.push(
      `the recording was made with ${recording.header.redaction.extraPatterns} extra redaction pattern(s) and replay uses ` +
        `${redactor.extraPatterns.length} different one(s): pass the same --redact patterns, or requests may not match`,
    );
  }
  for (const warning of warnings) options.onWarning?.(warning);
  for (const { value } of envSecrets(options.env ?? process.env, redactEnv)) redactor.memory.remember(value);
  const plan = replayPlanFor(recording, options, cwd, redactor, redactEnv);
  const scratch = mkdtempSync(join(tmpdir(), 'agentvet-replay-'));
  const divergenceFile = join(scratch, 'divergence.jsonl');
  // Replay learns secrets from the live requests as recording did, so both mask the same way.
  const shared = sharedSecrets();
  try {
    const result = await runWithRecorder({
      command: options.command,
      recorderEnv: {
        ...placementEnv(redactor, redactEnv),
        ...shared.env,
        [ENV.mode]: 'replay',
        [ENV.recording]: file,
        [ENV.realtime]: options.realtime ? '1' : '0',
        [ENV.divergence]: divergenceFile,
        [ENV.replayPlan]: JSON.stringify(plan),
      },
      cwd,
      env: options.env,
      capture: options.capture,
    });
    const divergence = readDivergence(divergenceFile);
    return { ...result, exitCode: divergence ? 1 : result.exitCode, divergence, warnings, output: plan.output ?? null };
  } finally {
    shared.remove();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The plan every replayed process gets; creates the output recording (header only) when asked. */
function replayPlanFor(recording: Recording, options: ReplayOptions, cwd: string, redactor: Redactor, redactEnv: readonly string[]): ReplayPlanInput {
  const flags = options.flags ?? {};
  const resolved = resolveReplayPlan(recording, flags);
  const output = options.output === undefined ? null : resolve(cwd, options.output);
  if (output === null && (resolved.liveAfter !== null || resolved.liveAfterDivergence)) {
    throw new ReplayPlanError(`${resolved.liveAfter !== null ? '--live-after' : '--live-after-divergence'} records the live part of the run: name the new recording with -o`);
  }
  if (output !== null) {
    createRecordingFile(output, {
      format: RECORDING_FORMAT,
      version: RECORDING_VERSION,
      createdAt: new Date().toISOString(),
      command: options.command.map((arg) => redactor.text(arg)),
      cwd,
      node: process.version,
      redaction: {
        extraPatterns: redactor.extraPatterns.length,
        fingerprint: redactor.fingerprint,
        ...(redactEnv.length > 0 ? { env: [...redactEnv] } : {}),
      },
      source: {
        recording: recording.file,
        faults: [...(flags.faults ?? [])],
        live: [...(flags.live ?? [])],
        liveAfter: resolved.liveAfter,
        liveAfterDivergence: resolved.liveAfterDivergence,
      },
    });
  }
  // Seeded by the run and what replay changes in it: the same fault gives the same values.
  const seed = createHash('sha256')
    .update(JSON.stringify([recording.header.createdAt, flags.faults ?? [], flags.live ?? [], resolved.liveAfter]))
    .digest('hex');
  return {
    ...resolved,
    output,
    seed,
    idempotencyKeyNames: [...(options.idempotencyKeyNames ?? [])],
    ...(options.hangCapMs === undefined ? {} : { hangCapMs: options.hangCapMs }),
  };
}

/** Where the root process stands: logical path 1, spawned by this process, no redaction surprises. */
function placementEnv(redactor: Redactor, redactEnv: readonly string[]): Record<string, string> {
  const env: Record<string, string> = { [ENV.proc]: '1', [ENV.lamport]: '0', [ENV.spawnerPid]: String(process.pid) };
  if (redactor.extraPatterns.length > 0) env[ENV.redact] = JSON.stringify(redactor.extraPatterns);
  if (redactEnv.length > 0) env[ENV.redactEnv] = JSON.stringify(redactEnv);
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
