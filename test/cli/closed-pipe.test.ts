// A reader that stops early (`agentvet lint --help | head -1`, quitting `less`) must not turn into a stack trace.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { assertBuilt, CLI, hasStackTrace } from './cli-process.js';

/** Runs the CLI with its stdout pipe already closed by the reader, so its first write fails with EPIPE. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stderr }));
  });
}

describe('a closed output pipe', () => {
  it('ends the run quietly, with no stack trace, when the reader has gone', async () => {
    assertBuilt();
    // Before the fix this printed "Unhandled 'error' event" and a stack trace, exit code 1.
    for (const args of [['lint', '--help'], ['--help']]) {
      const run = await runWithClosedStdout(args);
      expect(run.stderr, args.join(' ')).not.toMatch(/Unhandled 'error' event|EPIPE/);
      expect(hasStackTrace(run.stderr), args.join(' ')).toBe(false);
      expect(run.code, args.join(' ')).toBe(0);
    }
  });
});
