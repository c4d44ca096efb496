// Process capture: the start and exit of each recorded process, and the Node child processes it
// spawns. A child is handed the recorder (NODE_OPTIONS) and its place in the run (logical process
// path, causal parent, Lamport time) through its environment, so one file holds the whole tree.
import { ChildProcess } from 'node:child_process';
import { findUserCaller } from '../call-site.js';
import { ENV } from '../environment.js';
import type { RecorderSession } from '../session.js';
import type { CaptureAdapter } from './adapter.js';

interface SpawnOptions {
  file?: string;
  args?: string[];
  envPairs?: string[];
}

/** Variables a child inherits from this process unchanged. */
const INHERITED = [ENV.mode, ENV.recording, ENV.redact, ENV.realtime, ENV.divergence] as const;

export class ProcessAdapter implements CaptureAdapter {
  readonly name = 'process';
  private restoreAll: (() => void) | null = null;

  /** `preloadFlag` is the `--import=…` option that loads the recorder; children get it too. */
  constructor(
    private readonly preloadFlag: string,
    private readonly startParent: string | null,
  ) {}

  install(session: RecorderSession): void {
    session.emit({
      type: 'process.start',
      parent: this.startParent,
      argv: process.argv,
      cwd: process.cwd(),
      node: process.version,
      ppid: process.ppid,
    });

    let spawned = 0;
    const preloadFlag = this.preloadFlag;
    const prototype = ChildProcess.prototype as unknown as { spawn: (this: ChildProcess, options: SpawnOptions) => unknown };
    const originalSpawn = prototype.spawn;
    const spawn = function spawn(this: ChildProcess, options: SpawnOptions) {
      const child = `${session.proc}.${++spawned}`;
      const event = session.emit({
        type: 'process.spawn',
        child,
        file: options.file ?? '',
        args: options.args ?? [],
        site: findUserCaller(spawn)?.site ?? null,
      });
      if (Array.isArray(options.envPairs)) {
        options.envPairs = childEnvironment(options.envPairs, {
          [ENV.proc]: child,
          [ENV.parentEvent]: event.id,
          [ENV.lamport]: String(session.clock),
          [ENV.spawnerPid]: String(process.pid),
        }, preloadFlag);
      }
      return originalSpawn.call(this, options);
    };
    prototype.spawn = spawn;

    const onExit = (code: number) => {
      session.runExitHooks();
      session.emit({ type: 'process.exit', code: typeof code === 'number' ? code : null });
      session.close();
    };
    process.on('exit', onExit);

    this.restoreAll = () => {
      prototype.spawn = originalSpawn;
      process.removeListener('exit', onExit);
    };
  }

  restore(): void {
    this.restoreAll?.();
    this.restoreAll = null;
  }
}

/** The child's environment: the program's own choice of variables, plus the recorder's. */
function childEnvironment(envPairs: string[], placement: Record<string, string>, preloadFlag: string): string[] {
  const env = new Map<string, string>();
  for (const pair of envPairs) {
    const equals = pair.indexOf('=');
    if (equals > 0) env.set(pair.slice(0, equals), pair.slice(equals + 1));
  }
  for (const name of INHERITED) {
    const value = process.env[name];
    if (value !== undefined) env.set(name, value);
  }
  for (const [name, value] of Object.entries(placement)) env.set(name, value);
  const nodeOptions = env.get('NODE_OPTIONS') ?? '';
  if (!nodeOptions.includes(preloadFlag)) env.set('NODE_OPTIONS', `${nodeOptions} ${preloadFlag}`.trim());
  return [...env].map(([name, value]) => `${name}=${value}`);
}
