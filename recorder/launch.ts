// Runs a user command with the recorder preloaded: NODE_OPTIONS gains `--import=<register.js>`, so
// the program and every Node process under it (npx, tsx, npm run …) load it before user code.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PRELOAD_OVERRIDE_ENV = 'AGENTVET_PRELOAD';

export class LaunchError extends Error {
  override name = 'LaunchError';
}

/** The built preload: beside this module in dist/, or dist/recorder/ when running from source. */
export function preloadPath(): string {
  const override = process.env[PRELOAD_OVERRIDE_ENV];
  if (override) return resolve(override);
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'register.js'), join(here, '..', 'dist', 'recorder', 'register.js')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new LaunchError(`the recorder preload is not built (looked for ${candidates.join(', ')}); run \`npm run build\``);
  return found;
}

export function preloadFlag(path = preloadPath()): string {
  return `--import=${pathToFileURL(path).href}`;
}

export interface CommandResult {
  exitCode: number;
  /** Captured output when run with `capture`; empty otherwise. */
  stdout: string;
  stderr: string;
}

export interface RunCommandOptions {
  command: readonly string[];
  /** Recorder variables (AGENTVET_*) to add to the environment. */
  recorderEnv: Record<string, string>;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Capture stdout/stderr instead of sharing the terminal (tests). */
  capture?: boolean;
}

export function runWithRecorder(options: RunCommandOptions): Promise<CommandResult> {
  const [file, ...args] = options.command;
  if (!file) return Promise.reject(new LaunchError('no command given: put the command after `--`'));
  const baseEnv = options.env ?? process.env;
  const nodeOptions = `${baseEnv.NODE_OPTIONS ?? ''} ${preloadFlag()}`.trim();
  const env = { ...baseEnv, ...options.recorderEnv, NODE_OPTIONS: nodeOptions };

  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env,
      stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text));

    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const forwarders = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => [signal, forward(signal)] as const);
    for (const [signal, handler] of forwarders) process.on(signal, handler);
    const cleanUp = () => {
      for (const [signal, handler] of forwarders) process.removeListener(signal, handler);
    };

    child.on('error', (error: NodeJS.ErrnoException) => {
      cleanUp();
      const reason = error.code === 'ENOENT' ? 'command not found' : error.message;
      reject(new LaunchError(`cannot run ${JSON.stringify(file)}: ${reason}`));
    });
    child.on('close', (code, signal) => {
      cleanUp();
      resolvePromise({ exitCode: code ?? signalExitCode(signal), stdout, stderr });
    });
  });
}

function signalExitCode(signal: NodeJS.Signals | null): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  return 128 + ((signal && numbers[signal]) ?? 1);
}
