// Claude Code's CLI run headless (`claude -p <task>`) runs the agent loop — model, tools, model… — until the model stops:
// only `--max-turns` (or `--max-budget-usd`) bounds it, and the CLI has none by default (test/corpus/README.md questions 58
// and 76). Findings: a worker spawned with `--print` and an args list built with pushes, and a command line run by `exec`.
// Near misses live in claude-cli-bounded-runs-are-clean.ts (a file's `--max-turns` quiets the whole file).
import { exec, spawn } from 'node:child_process';

export function startWorker(task: string, cwd: string) {
  return spawn('claude', ['--print', '--output-format', 'stream-json', '--dangerously-skip-permissions', task], { cwd, stdio: 'pipe' }); // expect: unbounded-agent-loop
}

export function runPromptFile(promptFile: string, verbose: boolean) {
  const args = ['-p', `Do what ${promptFile} says`, '--dangerously-skip-permissions'];
  if (verbose) args.push('--verbose');
  return spawn('claude', args, { stdio: ['ignore', 'pipe', 'pipe'] }); // expect: unbounded-agent-loop
}

export function fixIssue(issue: string) {
  exec(`claude -p "Fix issue ${issue}" --dangerously-skip-permissions`, (error, stdout) => { // expect: unbounded-agent-loop
    if (error) console.error(error);
    else console.log(stdout);
  });
}

// Not the agent: an interactive session and a version check.
export function openSession(cwd: string) {
  return spawn('claude', ['--continue'], { cwd, stdio: 'inherit' });
}

export function version() {
  return spawn('claude', ['--version']);
}
