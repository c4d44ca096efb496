// Bun's argv form: the program first in the list (`Bun.spawn(['claude', ...args])`, `Bun.spawn({ cmd: [...] })`).

export async function iterate(prompt: string, model?: string) {
  const args = ['--dangerously-skip-permissions', '-p', '--output-format', 'stream-json'];
  if (model) args.push('--model', model);
  args.push(prompt);
  const proc = Bun.spawn(['claude', ...args], { cwd: process.cwd() }); // expect: unbounded-agent-loop
  return proc.exited;
}

export async function review(diff: string) {
  const proc = Bun.spawn({ cmd: ['gemini', '-p', `Review:\n${diff}`] }); // expect: unbounded-agent-loop
  return proc.exited;
}

export async function reviewWithin(diff: string) {
  const proc = Bun.spawn(['gemini', '-p', `Review:\n${diff}`], { timeout: 300_000 });
  return proc.exited;
}

export async function format(files: string[]) {
  return Bun.spawn(['prettier', '--write', ...files]).exited;
}
