// The project's generic process runner: it starts whatever program it is given, and kills it on a timer only when the
// caller passes a timeout (none by default).
import { spawn } from 'node:child_process';

export interface RunnerOptions { cwd?: string; timeoutMs?: number; env?: Record<string, string> }

export function runProgram(command: string, args: string[], options: RunnerOptions = {}) {
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
  });
  const timeoutMs = options.timeoutMs;
  if (timeoutMs) {
    setTimeout(() => child.kill('SIGTERM'), timeoutMs);
  }
  return child;
}

/** A runner that always kills what it starts after ten minutes. */
export function runWithinTenMinutes(command: string, args: string[]) {
  const child = spawn(command, args, { stdio: 'inherit' });
  const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
  child.on('exit', () => clearTimeout(timer));
  return child;
}
