// The preload: `node --import <dist/recorder/register.js>`, set through NODE_OPTIONS by `agentvet
// record`/`replay`, so it runs before user code in the program and in every Node child process.
// Reads its configuration from the environment; without AGENTVET_MODE it does nothing.
import './promise-with-resolvers.js';
import { createHash } from 'node:crypto';
import { readRecorderEnvironment, type RecorderEnvironment } from './environment.js';
import { startRecorder } from './start.js';

function logicalProcess(environment: RecorderEnvironment): string {
  // A process started through a non-Node intermediary (sh -c, npm's shell) inherited its
  // placement from that intermediary's spawner: tell siblings apart by their arguments.
  if (environment.spawnerPid === null || environment.spawnerPid === process.ppid) return environment.proc;
  const argv = createHash('sha256').update(process.argv.slice(1).join('\0')).digest('hex').slice(0, 8);
  return `${environment.proc}~${argv}`;
}

try {
  const environment = readRecorderEnvironment(process.env);
  if (environment) {
    startRecorder({
      mode: environment.mode,
      recordingFile: environment.recording,
      proc: logicalProcess(environment),
      parentEvent: environment.parentEvent,
      lamport: environment.lamport,
      redact: environment.redact,
      redactEnv: environment.redactEnv,
      secrets: environment.secrets,
      realtime: environment.realtime,
      divergenceFile: environment.divergenceFile,
      replayPlan: environment.replayPlan,
      preloadFlag: `--import=${import.meta.url}`,
    });
  }
} catch (error) {
  process.stderr.write(`agentvet: cannot start the recorder: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
