// Headless agent CLI runs whose arguments are built by project functions in another file (test/corpus/README.md
// questions 76 and 89): the spawn starts the agent's own model/tool loop with no turn flag and no timer that kills it.
// Near misses: arguments from a builder that caps the turns, an interactive session, a run killed on a timer, and
// `npx` starting a program that is not an agent CLI.
import { spawn } from 'node:child_process';
import { cappedClaudeArgs } from './bounded-args.js';
import { codexExecArgs, headlessClaudeArgs, interactiveClaudeArgs, type RunOptions } from './cli-args.js';

export function runTask(options: RunOptions, cwd: string) {
  const args = headlessClaudeArgs(options);
  return spawn('claude', args, { cwd, stdio: 'pipe' }); // expect: unbounded-agent-loop
}

export function implement(ticket: string) {
  return spawn('codex', codexExecArgs(`Implement ${ticket}`), { stdio: 'inherit' }); // expect: unbounded-agent-loop
}

export function fixThroughNpx(task: string) {
  return spawn('npx', ['-y', '@openai/codex', 'exec', task], { shell: true }); // expect: unbounded-agent-loop
}

export function runCapped(prompt: string) {
  return spawn('claude', cappedClaudeArgs(prompt));
}

export function pairWithPerson(model: string) {
  return spawn('claude', interactiveClaudeArgs(model), { stdio: 'inherit' });
}

export function runWithDeadline(options: RunOptions) {
  const child = spawn('claude', headlessClaudeArgs(options));
  const timer = setTimeout(() => child.kill('SIGTERM'), 15 * 60_000);
  child.on('exit', () => clearTimeout(timer));
  return child;
}

export function lint(paths: string[]) {
  return spawn('npx', ['-y', 'eslint', '--fix', ...paths]);
}
