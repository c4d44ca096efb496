// A loop around the Claude Agent SDK's query(): each run is bounded by maxTurns, but the loop that starts run after run
// is the agent loop when nothing counts its passes (corpus README questions 22, 89: a loop re-running the agent until
// its output says it is done). Clean near-misses: a worker that takes each task from a queue only outside input fills
// and parks on a wake-up when the queue is empty (question 18), a phase machine whose step function stops it once a
// revision count reaches its maximum, and the same re-run loop counting its passes.
import { query } from '@anthropic-ai/claude-agent-sdk';

async function runOnce(prompt: string): Promise<string> {
  let text = '';
  for await (const message of query({ prompt, options: { maxTurns: 40, allowedTools: ['Read', 'Edit', 'Bash'] } })) {
    if (message.type === 'result' && message.subtype === 'success') text = message.result;
  }
  return text;
}

export async function untilDone(task: string): Promise<void> {
  while (true) { // expect: unbounded-agent-loop
    const out = await runOnce(`${task}\nSay ALL-DONE when every item is finished.`);
    if (out.includes('ALL-DONE')) break;
  }
}

export async function untilDoneCounted(task: string): Promise<void> {
  for (let pass = 0; pass < 8; pass++) {
    const out = await runOnce(task);
    if (out.includes('ALL-DONE')) break;
  }
}

const inbox: string[] = [];
let wake: (() => void) | undefined;

export function enqueue(text: string): void {
  inbox.push(text);
  wake?.();
}

export async function serve(): Promise<void> {
  while (true) {
    if (inbox.length === 0) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      continue;
    }
    const next = inbox.shift();
    if (next === undefined) continue;
    console.log(await runOnce(next));
  }
}

interface Machine { phase: 'draft' | 'review' | 'done'; revisions: number; notes: string }

async function step(machine: Machine, maxRevisions: number): Promise<Machine> {
  if (machine.revisions >= maxRevisions) {
    return { ...machine, phase: 'done' };
  }
  const verdict = await runOnce(`${machine.phase}: ${machine.notes}`);
  if (machine.phase === 'draft') return { ...machine, phase: 'review', notes: verdict };
  return verdict.startsWith('APPROVED') ? { ...machine, phase: 'done' } : { ...machine, phase: 'draft', revisions: machine.revisions + 1, notes: verdict };
}

async function stepUncapped(machine: Machine): Promise<Machine> {
  const verdict = await runOnce(`${machine.phase}: ${machine.notes}`);
  if (machine.phase === 'draft') return { ...machine, phase: 'review', notes: verdict };
  return verdict.startsWith('APPROVED') ? { ...machine, phase: 'done' } : { ...machine, phase: 'draft', notes: verdict };
}

export async function reviewCycle(notes: string): Promise<Machine> {
  let machine: Machine = { phase: 'draft', revisions: 0, notes };
  while (machine.phase === 'draft' || machine.phase === 'review') {
    machine = await step(machine, 3);
  }
  return machine;
}

export async function reviewCycleUncapped(notes: string): Promise<Machine> {
  let machine: Machine = { phase: 'draft', revisions: 0, notes };
  while (machine.phase === 'draft' || machine.phase === 'review') { // expect: unbounded-agent-loop
    machine = await stepUncapped(machine);
  }
  return machine;
}
