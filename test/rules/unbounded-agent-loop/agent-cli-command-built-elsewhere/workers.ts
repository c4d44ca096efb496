// Agent code handing headless agent runs to the project's generic runner (test/corpus/README.md question 83): the
// finding is at the call to the runner. Near misses: the same run with a timeout passed, a runner that always kills on a
// timer, and a test command from the same kind of builder.
import { buildClaudeInvocation, buildTestInvocation } from './invocations.js';
import { runProgram, runWithinTenMinutes } from './spawner.js';

export function workOnIssue(title: string, body: string, cwd: string) {
  const invocation = buildClaudeInvocation({ prompt: `Fix issue "${title}":\n${body}`, skipPermissions: true });
  return runProgram(invocation.command, invocation.args, { cwd }); // expect: unbounded-agent-loop
}

export function fixTypo(file: string) {
  return runProgram('codex', ['exec', '--full-auto', `Fix the typos in ${file}`]); // expect: unbounded-agent-loop
}

export function workOnIssueWithin(title: string, cwd: string) {
  const invocation = buildClaudeInvocation({ prompt: `Fix issue "${title}"` });
  return runProgram(invocation.command, invocation.args, { cwd, timeoutMs: 20 * 60_000 });
}

export function reviewWithin(diff: string) {
  return runWithinTenMinutes('claude', ['-p', `Review:\n${diff}`]);
}

export function runTests(pattern: string) {
  const invocation = buildTestInvocation(pattern);
  return runProgram(invocation.command, invocation.args);
}
