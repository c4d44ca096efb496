// Runs the built CLI (`node dist/cli/main.js`, after `npm run build`) as a child process in a temp
// project the test writes, the way CI runs it: stdout and stderr piped, no colour forced.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempFolderWith } from '../temp-files.js';

export const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli/main.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the CLI end-to-end tests`);
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('FORCE_COLOR' in env)) delete childEnv.FORCE_COLOR;
  if (!('NO_COLOR' in env)) delete childEnv.NO_COLOR;
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, env: childEnv, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export const TSCONFIG = JSON.stringify(
  { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, lib: ['ES2023', 'DOM'] }, include: ['src'] },
  null,
  2,
);

/** A temp project directory with the given files (paths relative to it); remove it with `dispose`. */
export function tempProject(files: Record<string, string>): { dir: string; dispose: () => void } {
  const dir = tempFolderWith('cli', files);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** True when the text looks like a JavaScript stack trace. */
export const hasStackTrace = (text: string) => /\n\s+at .+\(?.+:\d+:\d+\)?/.test(text);
