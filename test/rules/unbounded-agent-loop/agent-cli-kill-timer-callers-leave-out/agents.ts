// Coding agents behind one interface: each `run` spawns a headless CLI with no turn bound and kills it on a timer only
// when the caller sets `limitMs` (`limitMs > 0 ? setTimeout(…) : undefined`). The bound is offered to the callers, so the
// spawns carry no finding: each call is judged by what it passes (test/corpus/README.md question 117, calls.ts).
import { spawn } from 'node:child_process';

export interface RunRequest { task: string; dir: string; limitMs?: number }
export interface CodingAgent { run(request: RunRequest): Promise<string> }

export class ClaudeAgent implements CodingAgent {
  run(request: RunRequest): Promise<string> {
    const limitMs = request.limitMs ?? 0;
    return new Promise((resolve, reject) => {
      const child = spawn('claude', ['-p', '--dangerously-skip-permissions', request.task], { cwd: request.dir });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
      const guard = limitMs > 0 ? setTimeout(() => { child.kill('SIGTERM'); reject(new Error('run took too long')); }, limitMs) : undefined;
      child.on('close', () => { if (guard) clearTimeout(guard); resolve(out); });
    });
  }
}

export class GeminiAgent implements CodingAgent {
  run({ task, dir, limitMs }: RunRequest): Promise<string> {
    return new Promise((resolve) => {
      const child = spawn('gemini', ['-p', task, '--yolo'], { cwd: dir });
      const guard = limitMs && setTimeout(() => child.kill('SIGKILL'), limitMs);
      child.on('close', () => { if (guard) clearTimeout(guard); resolve(''); });
    });
  }
}

export function agentFor(name: string): CodingAgent {
  return name === 'gemini' ? new GeminiAgent() : new ClaudeAgent();
}

/** A plain function offering the same bound as a parameter. */
export function reviewDiff(diff: string, killAfterMs = 0) {
  const child = spawn('claude', ['-p', `Review this diff:\n${diff}`]);
  if (killAfterMs > 0) setTimeout(() => child.kill(), killAfterMs);
  return child;
}
