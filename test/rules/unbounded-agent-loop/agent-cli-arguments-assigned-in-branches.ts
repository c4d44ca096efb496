// A command line built in a `let` declared with no list and assigned one in each branch (a resumed conversation or a
// new one), then given its sandbox flag by `push`: each list starts a headless Codex run with no kill timer
// (test/corpus/README.md question 89). Near miss: the same branches starting Codex's interactive TUI (no `exec`), and a
// Claude Code run whose branches both pass a turn bound.
import { spawn } from 'node:child_process';

export function continueTask(threadId: string | undefined, prompt: string, workdir: string, unattended: boolean) {
  let args: string[];
  if (threadId) {
    args = ['exec', 'resume', '--json', threadId, prompt];
  } else {
    args = ['exec', '--json', '-C', workdir, prompt];
  }
  if (unattended) args.push('--dangerously-bypass-approvals-and-sandbox');
  else args.push('--sandbox', 'workspace-write');
  return spawn('codex', args, { cwd: workdir, stdio: ['ignore', 'pipe', 'pipe'] }); // expect: unbounded-agent-loop
}

export function openInteractive(threadId: string | undefined, workdir: string) {
  let args: string[];
  if (threadId) {
    args = ['resume', threadId];
  } else {
    args = ['-C', workdir];
  }
  return spawn('codex', args, { cwd: workdir, stdio: 'inherit' });
}

export function askClaude(sessionId: string | undefined, prompt: string, workdir: string) {
  let args: string[];
  if (sessionId) {
    args = ['-p', prompt, '--resume', sessionId, '--max-turns', '12'];
  } else {
    args = ['-p', prompt, '--max-turns', '12'];
  }
  return spawn('claude', args, { cwd: workdir });
}
