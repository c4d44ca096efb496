// Loops and timers around headless coding-agent CLI runs (test/corpus/README.md questions 3, 22 and 89): each run is
// the agent's own model/tool loop, so a loop that starts run after run with no count is an agent loop even when each
// run caps its turns. Near misses: a counted loop, a loop over a finite task list, a loop that waits on a person every
// turn, and a loop spawning a non-agent program.
import { spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline/promises';
import { existsSync } from 'node:fs';

function runIteration(promptFile: string) {
  return spawnSync('claude', ['-p', `Follow ${promptFile}`, '--max-turns', '40', '--dangerously-skip-permissions'], { stdio: 'inherit' });
}

export function ralph(promptFile: string, maxIterations = 0) {
  let iteration = 0;
  while (true) { // expect: unbounded-agent-loop
    if (maxIterations > 0 && iteration >= maxIterations) break;
    iteration++;
    runIteration(promptFile);
    if (existsSync('.done')) break;
  }
}

export function heartbeat(promptFile: string) {
  setInterval(() => runIteration(promptFile), 30 * 60_000); // expect: unbounded-agent-loop
}

export function ralphCounted(promptFile: string) {
  for (let iteration = 0; iteration < 25; iteration++) {
    runIteration(promptFile);
    if (existsSync('.done')) break;
  }
}

export function eachTask(tasks: string[]) {
  for (const task of tasks) runIteration(task);
}

export async function pairSession() {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  while (true) {
    const line = await rl.question('task> ');
    if (line === 'quit') break;
    runIteration(line);
  }
}

export function watchBuild() {
  while (true) {
    const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (result.status === 0) break;
  }
}
