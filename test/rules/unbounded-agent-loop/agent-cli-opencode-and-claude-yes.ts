// Two more headless agent CLIs (test/corpus/README.md question 95): `opencode run <message>`, whose only step bound is
// the agent's `steps` in the OpenCode config (no flag), and `claude-yes`, which answers every Claude Code prompt yes and
// ends only after a spell without output — an idle timer, no budget. Each spawn with nothing that kills it on a wall
// clock is reported. Clean: the OpenCode TUI (`opencode` with no `run`), `opencode serve`, a claude-yes run with no
// task, and runs given a spawn `timeout`.
import { spawn } from 'node:child_process';

export function build(task: string, dir: string) {
  return spawn('opencode', ['run', '--agent', 'build', task], { cwd: dir }); // expect: unbounded-agent-loop
}

export function openPullRequest(task: string, repoDir: string) {
  return spawn('claude-yes', ['-i=3min', '--prompt', task], { cwd: repoDir, stdio: 'inherit' }); // expect: unbounded-agent-loop
}

export function workThroughTodo(dir: string) {
  const cli = 'claude-yes';
  const args = ['--exit-on-idle=1m', '--', 'Complete every task in TODO.md.'];
  return spawn(cli, args, { cwd: dir }); // expect: unbounded-agent-loop
}

export function nearMisses(task: string, dir: string) {
  spawn('opencode', ['--model', 'anthropic/claude-sonnet-4'], { cwd: dir, stdio: 'inherit' });
  spawn('opencode', ['serve', '--port', '4096'], { cwd: dir });
  spawn('claude-yes', ['--exit-on-idle=1m'], { cwd: dir, stdio: 'inherit' });
  spawn('opencode', ['run', task], { cwd: dir, timeout: 10 * 60_000 });
  return spawn('claude-yes', ['--prompt', task], { cwd: dir, timeout: 15 * 60_000 });
}
