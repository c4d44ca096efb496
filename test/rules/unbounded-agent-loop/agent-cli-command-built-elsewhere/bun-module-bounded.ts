// Near miss of bun-module-runs.ts: the flags pushed onto the local argv carry `--max-turns`.
import { spawn } from 'bun';

export async function delegateWithin(prompt: string) {
  const argv = ['claude'];
  argv.push('-p', prompt, '--max-turns', '8');
  return spawn(argv).exited;
}
