// A coding agent's argument list declared without a value (`let args: string[]`) and given one in each branch of an
// `if` (resume a session or start one), then `push`ed a mode flag: the words of every assignment are the run's words,
// so `codex exec` with nothing to kill it is a headless agent run (question 89) — reported at the spawn. Near-misses: the
// same list assigned in branches for an interactive login (no `exec`), and the run killed by a timer.
import { spawn } from 'node:child_process';

export function runCodex(message: string, dir: string, session: string | undefined, auto: boolean) {
  let args: string[];
  if (session) {
    args = ['exec', 'resume', '--json', session, message];
  } else {
    args = ['exec', '--json', '-C', dir, message];
  }
  if (auto) args.push('--dangerously-bypass-approvals-and-sandbox');
  else args.push('--sandbox', 'workspace-write');
  return spawn('codex', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }); // expect: unbounded-agent-loop
}

export function codexAccount(loggedIn: boolean) {
  let args: string[];
  if (loggedIn) {
    args = ['logout'];
  } else {
    args = ['login'];
  }
  return spawn('codex', args, { stdio: 'inherit' });
}

export function runCodexForTenMinutes(message: string, dir: string, session: string | undefined) {
  let args: string[];
  if (session) {
    args = ['exec', 'resume', session, message];
  } else {
    args = ['exec', '-C', dir, message];
  }
  const child = spawn('codex', args, { cwd: dir, timeout: 10 * 60_000 });
  return child;
}
