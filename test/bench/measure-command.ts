// Runs one command in a fresh process and measures what a user waits for: wall time from spawn to exit
// (process start included), and — through GNU time, which reads the kernel's accounting of the child and
// of every process it waited for — CPU time and peak resident memory. TypeScript 7's `tsc` is a node
// script that starts a native binary, so only the kernel's figure counts both.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CommandMeasurement {
  wallMs: number;
  /** User + system CPU of the process and its children; undefined without GNU time. */
  cpuMs?: number;
  /** Peak resident set size of the largest process of the run, in KB; undefined without GNU time. */
  maxRssKb?: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
let gnuTimeWorks: boolean | undefined;

/** Whether `/usr/bin/time` is GNU time (it takes `-f` and `-o`); BSD's does not. */
export function canMeasureMemory(): boolean {
  gnuTimeWorks ??= spawnSync(GNU_TIME, ['-f', '%M', '-o', '/dev/null', 'true']).status === 0;
  return gnuTimeWorks;
}

export function measureCommand(command: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CommandMeasurement> {
  const scratch = mkdtempSync(join(tmpdir(), 'agentvet-measure-'));
  const usageFile = join(scratch, 'usage');
  const argv = canMeasureMemory() ? [GNU_TIME, '-f', '%M %U %S', '-o', usageFile, ...command] : command;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      rmSync(scratch, { recursive: true, force: true });
      reject(error);
    });
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      let usage: { cpuMs: number; maxRssKb: number } | undefined;
      try {
        // GNU time writes "Command exited with non-zero status N" before the figures: take the last line.
        const last = readFileSync(usageFile, 'utf8').trim().split('\n').pop()!;
        const [rss, user, system] = last.split(' ').map(Number) as [number, number, number];
        if ([rss, user, system].every(Number.isFinite)) usage = { maxRssKb: rss, cpuMs: (user + system) * 1000 };
      } catch {
        usage = undefined;
      }
      rmSync(scratch, { recursive: true, force: true });
      resolvePromise({
        wallMs,
        ...(usage ?? {}),
        exitCode: code ?? 1,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}
