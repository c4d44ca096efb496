// Headless Claude Code runs that are bounded: by `--max-turns`, by a `timeout` on the spawn, or by a wall-clock timer
// that kills the process (a time budget: test/corpus/README.md question 76). None is a finding.
import { execFile, spawn } from 'node:child_process';

export function review(diff: string) {
  return spawn('claude', ['-p', `Review this diff:\n${diff}`, '--max-turns', '8']);
}

export function summarise(path: string) {
  return execFile('claude', ['-p', `Summarise ${path}`], { timeout: 120_000 }, () => undefined);
}

export function refactor(task: string) {
  const child = spawn('claude', ['-p', task, '--dangerously-skip-permissions']);
  const timer = setTimeout(() => child.kill('SIGTERM'), 10 * 60_000);
  child.on('close', () => clearTimeout(timer));
  return child;
}
