// An autonomous agent loop whose model call lives in a helper in another file: the loop still
// calls an LLM every turn, with no step or budget bound.
import { planNextAction } from './planner.js';

async function browse(url: string, signal: AbortSignal) {
  const res = await fetch(url, { signal });
  return (await res.text()).slice(0, 2_000);
}

export async function pursueGoal(goal: string) {
  const history: string[] = [];
  while (true) { // expect: unbounded-agent-loop
    const action = await planNextAction(goal, history);
    if (action.kind === 'answer') return action.detail;
    history.push(`browsed ${action.detail}: ${await browse(action.detail, AbortSignal.timeout(10_000))}`);
  }
}
