// Process capture: the start and exit of each recorded process, and the Node child processes it
// spawns. A child is handed the recorder (NODE_OPTIONS) and its place in the run (logical process
// path, causal parent, Lamport time) through its environment, so one file holds the whole tree.
import childProcess, { ChildProcess } from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import { findUserCaller } from '../call-site.js';
import { ENV } from '../environment.js';
import { envSecrets } from '../secrets/env-secrets.js';
import type { RecorderSession } from '../session.js';
import type { CaptureAdapter } from './adapter.js';

interface SpawnOptions {
  file?: string;
  args?: string[];
  envPairs?: string[];
}

/** Variables a child inherits from this process unchanged. */
const INHERITED = [ENV.mode, ENV.recording, ENV.redact, ENV.redactEnv, ENV.secrets, ENV.secretsKey, ENV.realtime, ENV.divergence, ENV.replayPlan] as const;

/** The synchronous spawners, which bypass ChildProcess#spawn. */
const SYNC_SPAWNERS = ['spawnSync', 'execFileSync', 'execSync'] as const;

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
      argv: session.redactor.argv(process.argv),
      cwd: process.cwd(),
      node: process.version,
      ppid: process.ppid,
    });

    let spawned = 0;
    /** Records the spawn and returns the variables that place the child in the run. */
    const placeChild = (patched: Function, file: string, args: readonly unknown[]): Map<string, string> => {
      const child = `${session.proc}.${++spawned}`;
      const event = session.emit({
        type: 'process.spawn',
        child,
        file,
        args: session.redactor.argv(args.map(String)),
        site: findUserCaller(patched)?.site ?? null,
      });
      const env = new Map<string, string>();
      for (const name of INHERITED) {
        const value = process.env[name];
        if (value !== undefined) env.set(name, value);
      }
      env.set(ENV.proc, child);
      env.set(ENV.parentEvent, event.id);
      env.set(ENV.lamport, String(session.clock));
      env.set(ENV.spawnerPid, String(process.pid));
      return env;
    };

    /** A child started with secrets of its own in its environment: this process masks them too. */
    const learnSecrets = (env: ReadonlyMap<string, string>) => {
      for (const { value } of envSecrets(env)) session.redactor.memory.remember(value);
    };

    const prototype = ChildProcess.prototype as unknown as { spawn: (this: ChildProcess, options: SpawnOptions) => unknown };
    const originalSpawn = prototype.spawn;
    const preloadFlag = this.preloadFlag;
    const spawn = function spawn(this: ChildProcess, options: SpawnOptions) {
      const placement = placeChild(spawn, options.file ?? '', options.args ?? []);
      if (Array.isArray(options.envPairs)) options.envPairs = withPlacement(options.envPairs, placement, preloadFlag, learnSecrets);
      return originalSpawn.call(this, options);
    };
    prototype.spawn = spawn;

    const module = childProcess as unknown as Record<string, (...args: unknown[]) => unknown>;
    const originalSync = SYNC_SPAWNERS.map((name) => [name, module[name]!] as const);
    for (const [name, original] of originalSync) {
      const wrapped = {
        [name](...args: unknown[]) {
          const [file, rest] = [String(args[0] ?? ''), Array.isArray(args[1]) ? (args[1] as unknown[]) : []];
          const placement = placeChild(wrapped, file, rest);
          return original(...withSyncOptions(args, placement, preloadFlag, learnSecrets));
        },
      }[name]!;
      module[name] = wrapped;
    }
    syncBuiltinESMExports();

    const onExit = (code: number) => {
      session.runExitHooks();
      session.emit({ type: 'process.exit', code: typeof code === 'number' ? code : null });
      session.close();
    };
    process.on('exit', onExit);

    this.restoreAll = () => {
      prototype.spawn = originalSpawn;
      for (const [name, original] of originalSync) module[name] = original;
      syncBuiltinESMExports();
      process.removeListener('exit', onExit);
    };
  }

  restore(): void {
    this.restoreAll?.();
    this.restoreAll = null;
  }
}

type LearnSecrets = (env: ReadonlyMap<string, string>) => void;

/** The child's environment: the program's own choice of variables, plus the recorder's. */
function withPlacement(envPairs: string[], placement: Map<string, string>, preloadFlag: string, learnSecrets: LearnSecrets): string[] {
  const env = new Map<string, string>();
  for (const pair of envPairs) {
    const equals = pair.indexOf('=');
    if (equals > 0) env.set(pair.slice(0, equals), pair.slice(equals + 1));
  }
  learnSecrets(env);
  for (const [name, value] of placement) env.set(name, value);
  const nodeOptions = env.get('NODE_OPTIONS') ?? '';
  if (!nodeOptions.includes(preloadFlag)) env.set('NODE_OPTIONS', `${nodeOptions} ${preloadFlag}`.trim());
  return [...env].map(([name, value]) => `${name}=${value}`);
}

/** The arguments of spawnSync/execFileSync/execSync with the placement merged into options.env. */
function withSyncOptions(args: unknown[], placement: Map<string, string>, preloadFlag: string, learnSecrets: LearnSecrets): unknown[] {
  const optionsIndex = args.findIndex((arg, index) => index > 0 && arg !== null && typeof arg === 'object' && !Array.isArray(arg));
  const options = (optionsIndex === -1 ? {} : args[optionsIndex]) as { env?: NodeJS.ProcessEnv };
  const pairs = Object.entries(options.env ?? process.env).map(([name, value]) => `${name}=${value ?? ''}`);
  const env = Object.fromEntries(
    withPlacement(pairs, placement, preloadFlag, learnSecrets).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
  const result = [...args];
  // Without options: spawnSync(command, [args]) and execFileSync(file, [args]) take them after the
  // argument list; spawnSync(command) and execSync(command) right after the command.
  result[optionsIndex === -1 ? (Array.isArray(args[1]) ? 2 : 1) : optionsIndex] = { ...options, env };
  return result;
}
