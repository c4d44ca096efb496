import { spawn, spawnSync } from 'node:child_process';

export function runInShell(command: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-lc', command]);
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('close', () => resolve(out));
  });
}

export function runLines(options: { lines: string[]; label: string }): string {
  return options.lines.map((line) => spawnSync(line, { shell: true, encoding: 'utf-8' }).stdout).join('\n');
}
