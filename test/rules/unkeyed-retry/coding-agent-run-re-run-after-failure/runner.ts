// Helpers that start a coding agent: one lets its tools act unasked (a headless Claude Code run with
// --dangerously-skip-permissions, which can push and open pull requests), one leaves it at its default
// permissions (it can only read and answer: question 97), one is Codex in its read-only sandbox.
import { spawn } from 'node:child_process';

function runProcess(program: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(program, args, { cwd, timeout: 15 * 60_000 });
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${program} exited with code ${code}`))));
  });
}

export function implementTicket(ticket: string, cwd: string, model = 'sonnet'): Promise<string> {
  return runProcess('claude', ['-p', ticket, '--model', model, '--max-turns', '40', '--dangerously-skip-permissions'], cwd);
}

export function summariseRepository(question: string, cwd: string): Promise<string> {
  return runProcess('claude', ['-p', question, '--max-turns', '10'], cwd);
}

export function reviewDiff(diff: string, cwd: string): Promise<string> {
  return runProcess('codex', ['exec', diff], cwd);
}
