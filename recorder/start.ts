// Starts the recorder inside the current process: builds the session for the mode and installs the
// capture adapters (process first, so its start event is the root). Used by the preload
// (register.ts) and by in-process callers such as the benchmark.
import './promise-with-resolvers.js';
import type { CaptureAdapter } from './adapters/adapter.js';
import { ClockAdapter } from './adapters/clock.js';
import { HttpAdapter } from './adapters/http.js';
import { ProcessAdapter } from './adapters/process.js';
import { RandomAdapter } from './adapters/random.js';
import type { RecorderMode } from './environment.js';
import { readRecording } from './reading.js';
import { Redactor } from './redaction.js';
import type { DivergenceReport } from './replay/divergence.js';
import type { ReplayPlan } from './replay/replay-plan.js';
import { ReplayTape } from './replay/replay-tape.js';
import { envSecrets } from './secrets/env-secrets.js';
import { SecretMemory } from './secrets/secret-memory.js';
import { SharedSecretsFile } from './secrets/shared-secrets.js';
import { RecorderSession } from './session.js';
import { RecordingWriter } from './writing.js';

export interface StartRecorderOptions {
  mode: RecorderMode;
  /** The recording to append to (record) or serve from (replay). */
  recordingFile: string | null;
  proc?: string;
  parentEvent?: string | null;
  lamport?: number;
  redact?: readonly string[];
  /** Environment variables masked by value whatever their names (`--redact-env`). */
  redactEnv?: readonly string[];
  /** The run's shared file of learned secrets and its key, when other processes take part. */
  secrets?: { file: string; key: string } | null;
  realtime?: boolean;
  divergenceFile?: string | null;
  replayPlan?: ReplayPlan;
  /** In process: told each divergence instead of the process being stopped. */
  onDivergence?: (report: DivergenceReport) => void;
  /** The NODE_OPTIONS flag that loads the recorder into child processes. */
  preloadFlag?: string;
}

export interface RunningRecorder {
  session: RecorderSession;
  /**
   * Restores everything the adapters replaced and closes the recording. In process, pass the
   * outcome: the bodies still arriving are kept and the run's end is written as its exit.
   */
  stop(exitCode?: number): void;
}

export function startRecorder(options: StartRecorderOptions): RunningRecorder {
  const proc = options.proc ?? '1';
  const file = options.recordingFile;
  if (options.mode !== 'passthrough' && file === null) throw new Error(`startRecorder: ${options.mode} needs a recording file`);
  const memory = new SecretMemory(options.secrets ? new SharedSecretsFile(options.secrets.file, options.secrets.key) : null);
  for (const { value } of envSecrets(process.env, options.redactEnv ?? [])) memory.remember(value);
  const session = new RecorderSession({
    mode: options.mode,
    proc,
    parentEvent: options.parentEvent ?? null,
    lamport: options.lamport ?? 0,
    redactor: new Redactor(options.redact ?? [], memory),
    writer: writerFor(options),
    tape: options.mode === 'replay' && file ? new ReplayTape(readRecording(file), proc) : null,
    realtime: options.realtime ?? false,
    divergenceFile: options.divergenceFile ?? null,
    replayPlan: options.replayPlan,
    onDivergence: options.onDivergence,
  });
  const adapters: CaptureAdapter[] = [
    new ProcessAdapter(options.preloadFlag ?? '', options.parentEvent ?? null),
    new ClockAdapter(),
    new RandomAdapter(),
    new HttpAdapter(),
  ];
  for (const adapter of adapters) adapter.install(session);
  return {
    session,
    stop(exitCode) {
      if (exitCode !== undefined && session.writing) {
        session.runExitHooks();
        session.emit({ type: 'process.exit', code: exitCode });
      }
      for (const adapter of [...adapters].reverse()) adapter.restore();
      session.close();
      memory.close();
    },
  };
}

function writerFor(options: StartRecorderOptions): RecordingWriter | null {
  if (options.mode === 'record' && options.recordingFile) return new RecordingWriter(options.recordingFile);
  if (options.mode === 'replay' && options.replayPlan?.output) return new RecordingWriter(options.replayPlan.output);
  return null;
}
