// Runs the built CLI for the view/diff/check/export tests without blocking the event loop (the
// loopback servers these tests start live in the same process), and records the fixture programs
// with `agentvet record` exactly as a user would.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI } from '../cli/cli-process.js';
import { REPOSITORY } from '../recorder/harness.js';

export const TUI_FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCliAsync(args: readonly string[], env: Record<string, string> = {}, cwd = REPOSITORY): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    delete childEnv.FORCE_COLOR;
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Records `node fixtures/<program>` into `output` with the built CLI; fails the test if recording failed. */
export async function recordFixture(output: string, program: string, env: Record<string, string>): Promise<CliResult> {
  const result = await runCliAsync(['record', '-o', output, '--', 'node', join(TUI_FIXTURES, program)], env);
  if (result.code !== 0) throw new Error(`recording ${program} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result;
}
