// The program and its arguments are members of the entry a target picks from a const table (`{ command, args }` per
// CLI), destructured or read off the entry: each entry is one possible run. A table holding `codex exec` with no kill
// timer armed (its `timeoutMs: 0` leaves the spawn's `timeoutMs > 0 ? setTimeout(…) : null` off) is reported at the
// spawn, both ways of reading the entry. Near-misses: a table whose entries set a positive `timeoutMs`, a table of
// programs that are no agents (a linter, a formatter), and a claude entry bounded by `--max-turns`.
import { spawn } from 'node:child_process';

interface Target {
  command: string;
  args: string[];
  timeoutMs: number;
}

const AGENTS: Record<string, Target> = {
  codex: { command: 'codex', args: ['exec', '--sandbox', 'read-only'], timeoutMs: 0 },
  reviewer: { command: 'claude', args: ['-p', '--max-turns', '8'], timeoutMs: 0 },
};

const TIMED_AGENTS: Record<string, Target> = {
  codex: { command: 'codex', args: ['exec', '--full-auto'], timeoutMs: 10 * 60_000 },
};

const TOOLS: Record<string, Target> = {
  lint: { command: 'eslint', args: ['--format', 'json', '.'], timeoutMs: 0 },
  format: { command: 'prettier', args: ['--check', '.'], timeoutMs: 0 },
};

const BOUNDED: Record<string, Target> = {
  claude: { command: 'claude', args: ['-p', '--max-turns', '12'], timeoutMs: 0 },
};

function collect(child: ReturnType<typeof spawn>, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const timer = timeoutMs > 0 ? setTimeout(() => child.kill('SIGTERM'), timeoutMs) : null;
    child.on('close', () => {
      if (timer) clearTimeout(timer);
      resolve(out);
    });
  });
}

export function askAgent(target: string, prompt: string): Promise<string> {
  const { command, args, timeoutMs } = AGENTS[target]!;
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] }); // expect: unbounded-agent-loop
    child.stdin.end(prompt);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const timer = timeoutMs > 0 ? setTimeout(() => child.kill('SIGTERM'), timeoutMs) : null;
    child.on('close', () => {
      if (timer) clearTimeout(timer);
      resolve(out);
    });
  });
}

export function askAgentByEntry(target: string, prompt: string): Promise<string> {
  const config = AGENTS[target]!;
  return new Promise((resolve) => {
    const child = spawn(config.command, [...config.args, prompt]); // expect: unbounded-agent-loop
    const timer = config.timeoutMs > 0 ? setTimeout(() => child.kill(), config.timeoutMs) : null;
    child.on('close', () => {
      if (timer) clearTimeout(timer);
      resolve('');
    });
  });
}

export function askTimedAgent(target: string, prompt: string): Promise<string> {
  const { command, args, timeoutMs } = TIMED_AGENTS[target]!;
  return new Promise((resolve) => {
    const child = spawn(command, [...args, prompt]);
    const timer = timeoutMs > 0 ? setTimeout(() => child.kill('SIGTERM'), timeoutMs) : null;
    child.on('close', () => {
      if (timer) clearTimeout(timer);
      resolve('');
    });
  });
}

export function runTool(name: string): Promise<string> {
  const { command, args, timeoutMs } = TOOLS[name]!;
  return collect(spawn(command, args), timeoutMs);
}

export function askBounded(prompt: string, name: string): Promise<string> {
  const { command, args, timeoutMs } = BOUNDED[name]!;
  return collect(spawn(command, [...args, prompt]), timeoutMs);
}
