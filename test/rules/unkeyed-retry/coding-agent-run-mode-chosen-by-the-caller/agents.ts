// One helper starts every Codex run and one every Claude Code run; the caller's options decide whether the run's tools
// act unasked. `startCodex` takes its sandbox flags from `sandboxFlags(options.purpose)`: read-only for a review, the
// bypass flag otherwise. `startClaude` adds --dangerously-skip-permissions only when the caller asks for `unattended`.
import { spawn } from 'node:child_process';

export interface CodexOptions {
  task: string;
  cwd: string;
  purpose: 'review' | 'implement';
}

function collect(program: string, args: string[], cwd: string, input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(program, args, { cwd, timeout: 20 * 60_000 });
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${program} exited with ${code}`))));
    if (input !== undefined) child.stdin.end(input);
  });
}

function sandboxFlags(purpose: 'review' | 'implement'): string[] {
  if (purpose === 'review') {
    return ['--sandbox', 'read-only'];
  }
  return ['--dangerously-bypass-approvals-and-sandbox'];
}

export async function startCodex(options: CodexOptions): Promise<string> {
  const codex = process.env.CODEX_PATH ?? 'codex';
  const args = ['exec', '--cd', options.cwd, ...sandboxFlags(options.purpose), '-'];
  const output = await new Promise<string>((resolve, reject) => {
    let out = '';
    const child = spawn(codex, args, { cwd: options.cwd });
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`codex exited with ${code}`))));
    child.stdin.end(options.task);
  });
  return output.trim();
}

export function startClaude(task: string, cwd: string, options: { unattended?: boolean } = {}): Promise<string> {
  const args = ['-p', task, '--output-format', 'text'];
  if (options.unattended) args.push('--dangerously-skip-permissions');
  return collect('claude', args, cwd);
}
