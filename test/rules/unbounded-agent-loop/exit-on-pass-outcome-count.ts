// `if (newCommits > 0) return` where `newCommits` is worked out afresh on each pass from what the pass did (the commits
// the agent's run made): a test of the pass's outcome, like `if (out.includes('DONE')) break` — the agent decides when
// it is met, so it bounds nothing — reported. Near-misses: the same comparison with 0 on a value carried across passes
// (`spent - budget` with `spent += …`), a remaining budget that reaches 0, and a turn counter.
import { query } from '@anthropic-ai/claude-agent-sdk';

declare function commitCount(dir: string): number;

async function runWorker(prompt: string, dir: string): Promise<number> {
  let cost = 0;
  for await (const message of query({ prompt, options: { cwd: dir, maxTurns: 50, permissionMode: 'acceptEdits' } })) {
    if (message.type === 'result') cost = message.total_cost_usd;
  }
  return cost;
}

export async function workUntilCommitted(dir: string): Promise<void> {
  while (true) { // expect: unbounded-agent-loop
    const before = commitCount(dir);
    await runWorker('Pick the next item of TODO.md and implement it.', dir);
    const newCommits = commitCount(dir) - before;
    if (newCommits > 0) return;
  }
}

export async function workWithinBudget(dir: string, budget: number): Promise<void> {
  let spent = 0;
  while (true) {
    spent += await runWorker('Pick the next item of TODO.md and implement it.', dir);
    const over = spent - budget;
    if (over > 0) return;
  }
}

export async function workUntilBudgetLeft(dir: string, budget: number): Promise<void> {
  let spent = 0;
  while (true) {
    spent += await runWorker('Pick the next item of TODO.md and implement it.', dir);
    const left = budget - spent;
    if (left <= 0) break;
  }
}

export async function workTwelvePasses(dir: string): Promise<void> {
  let passes = 0;
  while (true) {
    const before = commitCount(dir);
    await runWorker('Pick the next item of TODO.md and implement it.', dir);
    passes++;
    if (commitCount(dir) - before > 0 || passes >= 12) return;
  }
}
