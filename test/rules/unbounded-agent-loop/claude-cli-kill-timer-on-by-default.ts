// A kill timer armed under a test of its delay (`if (RUN_TIMEOUT_MS > 0)`) is armed by default when the delay has a
// positive default (`parseInt(process.env.RUN_TIMEOUT_MS || '2700000')`): the test only lets a setting of 0 switch it
// off, and a setting is judged by its default (test/corpus/README.md questions 76 and 106) — clean. Still findings: the
// same test of a delay a caller may leave out, and of a setting read with no default.
import { spawn } from 'node:child_process';

const RUN_TIMEOUT_MS = parseInt(process.env.RUN_TIMEOUT_MS || '2700000', 10);
const REVIEW_TIMEOUT_MS = Number(process.env.REVIEW_TIMEOUT_MS);

export function fixIssue(task: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn('claude', ['-p', task, '--dangerously-skip-permissions']);
    const kill = (why: string) => {
      console.warn(`killing the run: ${why}`);
      child.kill('SIGKILL');
    };
    let overall: ReturnType<typeof setTimeout> | undefined;
    if (RUN_TIMEOUT_MS > 0) {
      overall = setTimeout(() => kill('overall timeout'), RUN_TIMEOUT_MS);
    }
    child.on('close', (code) => {
      if (overall) clearTimeout(overall);
      resolve(code);
    });
  });
}

export function reviewBranch(branch: string, timeoutMs?: number) {
  const child = spawn('claude', ['-p', `Review ${branch}`, '--dangerously-skip-permissions']); // expect: unbounded-agent-loop
  if (timeoutMs) setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return child;
}

export function reviewRelease(tag: string) {
  const child = spawn('claude', ['-p', `Review the release ${tag}`, '--dangerously-skip-permissions']); // expect: unbounded-agent-loop
  if (REVIEW_TIMEOUT_MS > 0) setTimeout(() => child.kill('SIGKILL'), REVIEW_TIMEOUT_MS);
  return child;
}
