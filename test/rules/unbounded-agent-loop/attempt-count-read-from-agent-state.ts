// A supervisor re-running a coding agent until its state says done, with a cap on attempts — but the attempt number is
// one more than the number in the state the last run handed back (`const attempt = (state?.attempt ?? 0) + 1`), and
// that state is what the agent wrote to its state file: the program counts nothing, the agent's output decides whether
// the cap is ever reached — reported. Near-misses: the same loop with a counter the program itself increments, and one
// whose attempt number comes from the program's own store, written only by the supervisor (no model call).
import { query } from '@anthropic-ai/claude-agent-sdk';
import { readFile, writeFile } from 'node:fs/promises';

interface RunState { status: 'done' | 'retry' | 'blocked'; attempt: number; notes: string }

declare const ledger: { lastAttempt(task: string): Promise<number>; record(task: string, attempt: number): Promise<void> };

async function runAgent(task: string, prompt: string): Promise<RunState> {
  for await (const message of query({ prompt, options: { maxTurns: 30, permissionMode: 'acceptEdits' } })) {
    if (message.type === 'result') break;
  }
  // The agent is told to write its state file before it stops.
  return JSON.parse(await readFile(`.state/${task}.json`, 'utf8')) as RunState;
}

export async function superviseFromAgentState(task: string): Promise<void> {
  let state: RunState | undefined;
  const maxAttempts = 3;
  while (!state || state.status === 'retry') { // expect: unbounded-agent-loop
    const attempt = (state?.attempt ?? 0) + 1;
    if (attempt > maxAttempts) {
      await writeFile(`.state/${task}.json`, JSON.stringify({ status: 'blocked', attempt, notes: 'too many attempts' }));
      return;
    }
    state = await runAgent(task, `Attempt ${attempt}: ${task}. ${state?.notes ?? ''}`);
  }
}

export async function superviseCounted(task: string): Promise<void> {
  let state: RunState | undefined;
  let attempt = 0;
  while (!state || state.status === 'retry') {
    attempt++;
    if (attempt > 3) return;
    state = await runAgent(task, `Attempt ${attempt}: ${task}. ${state?.notes ?? ''}`);
  }
}

export async function superviseFromLedger(task: string): Promise<void> {
  let state: RunState | undefined;
  while (!state || state.status === 'retry') {
    const attempt = (await ledger.lastAttempt(task)) + 1;
    if (attempt > 3) return;
    await ledger.record(task, attempt);
    state = await runAgent(task, `Attempt ${attempt}: ${task}. ${state?.notes ?? ''}`);
  }
}
