// Near misses of agent-cli-headless-other-programs.ts: the same CLIs given a wall-clock timeout or killed by a timer
// (a time budget bounds the run, question 76), started for a non-agent subcommand, or opened interactively for a
// person at the terminal. None is a finding.
import { spawn } from 'node:child_process';

const CODEX_BIN = process.env.CODEX_BIN || 'codex';

export function implementWithDeadline(ticket: string, repoDir: string) {
  return spawn(CODEX_BIN, ['exec', `Implement ${ticket}`], { cwd: repoDir, timeout: 15 * 60_000 });
}

export function triageWithWatchdog(report: string) {
  const child = spawn('gemini', ['-p', `Triage: ${report}`]);
  const watchdog = setTimeout(() => child.kill('SIGKILL'), 5 * 60_000);
  child.on('exit', () => clearTimeout(watchdog));
  return child;
}

export function codexLogin() {
  return spawn(CODEX_BIN, ['login'], { stdio: 'inherit' });
}

export function geminiVersion(geminiPath: string) {
  return spawn(geminiPath, ['--version']);
}

export function pairWithPerson(claudeBinary: string, cwd: string) {
  return spawn(claudeBinary, ['--continue'], { cwd, stdio: 'inherit' });
}
