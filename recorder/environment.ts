// The environment variables through which `agentvet record`/`replay` configure the preload in the
// program and in every Node process it starts. Parsed with zod: a bad value stops the program with
// one clear line instead of recording something wrong.
import { z } from 'zod';
import { DEFAULT_REPLAY_PLAN, ReplayPlanSchema, type ReplayPlan } from './replay/replay-plan.js';

export const ENV = {
  mode: 'AGENTVET_MODE',
  recording: 'AGENTVET_RECORDING',
  proc: 'AGENTVET_PROC',
  parentEvent: 'AGENTVET_PARENT_EVENT',
  lamport: 'AGENTVET_LAMPORT',
  spawnerPid: 'AGENTVET_SPAWNER_PID',
  redact: 'AGENTVET_REDACT',
  redactEnv: 'AGENTVET_REDACT_ENV',
  secrets: 'AGENTVET_SECRETS',
  secretsKey: 'AGENTVET_SECRETS_KEY',
  realtime: 'AGENTVET_REALTIME',
  divergence: 'AGENTVET_DIVERGENCE',
  replayPlan: 'AGENTVET_REPLAY_PLAN',
} as const;

export const RecorderModeSchema = z.enum(['record', 'replay', 'passthrough']);
export type RecorderMode = z.infer<typeof RecorderModeSchema>;

function jsonStringArray(what: string) {
  return z
    .string()
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: `must be a JSON array of ${what}` });
        return z.NEVER;
      }
    })
    .pipe(z.array(z.string()));
}
const RedactPatternsSchema = jsonStringArray('regular expression strings');

const ReplayPlanTextSchema = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'must be a JSON replay plan' });
      return z.NEVER;
    }
  })
  .pipe(ReplayPlanSchema);

const RecorderEnvironmentSchema = z.object({
  [ENV.mode]: RecorderModeSchema,
  [ENV.recording]: z.string().min(1).optional(),
  [ENV.proc]: z.string().regex(/^[0-9a-z.~]+$/).default('1'),
  [ENV.parentEvent]: z.string().optional(),
  [ENV.lamport]: z.coerce.number().int().nonnegative().default(0),
  [ENV.spawnerPid]: z.coerce.number().int().optional(),
  [ENV.redact]: RedactPatternsSchema.optional(),
  [ENV.redactEnv]: jsonStringArray('environment variable names').optional(),
  [ENV.secrets]: z.string().min(1).optional(),
  [ENV.secretsKey]: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes of base64').optional(),
  [ENV.realtime]: z.enum(['0', '1']).default('0'),
  [ENV.divergence]: z.string().min(1).optional(),
  [ENV.replayPlan]: ReplayPlanTextSchema.optional(),
});

export interface RecorderEnvironment {
  mode: RecorderMode;
  recording: string | null;
  proc: string;
  parentEvent: string | null;
  lamport: number;
  spawnerPid: number | null;
  redact: string[];
  /** Environment variables to mask by value whatever their names (`--redact-env`). */
  redactEnv: string[];
  /** The run's shared file of learned secrets and its key; null when the process runs alone. */
  secrets: { file: string; key: string } | null;
  realtime: boolean;
  divergenceFile: string | null;
  replayPlan: ReplayPlan;
}

export class RecorderEnvironmentError extends Error {
  override name = 'RecorderEnvironmentError';
}

/** Returns null when the recorder is not asked for (no AGENTVET_MODE). */
export function readRecorderEnvironment(env: NodeJS.ProcessEnv): RecorderEnvironment | null {
  if (!env[ENV.mode]) return null;
  const parsed = RecorderEnvironmentSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? ENV.mode);
    throw new RecorderEnvironmentError(`${name}=${JSON.stringify(env[name] ?? '')}: ${issue?.message ?? 'invalid'}`);
  }
  const value = parsed.data;
  const mode = value[ENV.mode];
  const recording = value[ENV.recording] ?? null;
  const secretsFile = value[ENV.secrets];
  const secretsKey = value[ENV.secretsKey];
  if (mode !== 'passthrough' && recording === null) {
    throw new RecorderEnvironmentError(`${ENV.recording} must name the recording file in ${mode} mode`);
  }
  return {
    mode,
    recording,
    proc: value[ENV.proc],
    parentEvent: value[ENV.parentEvent] ?? null,
    lamport: value[ENV.lamport],
    spawnerPid: value[ENV.spawnerPid] ?? null,
    redact: value[ENV.redact] ?? [],
    redactEnv: value[ENV.redactEnv] ?? [],
    secrets: secretsFile && secretsKey ? { file: secretsFile, key: secretsKey } : null,
    realtime: value[ENV.realtime] === '1',
    divergenceFile: value[ENV.divergence] ?? null,
    replayPlan: value[ENV.replayPlan] ?? DEFAULT_REPLAY_PLAN,
  };
}
