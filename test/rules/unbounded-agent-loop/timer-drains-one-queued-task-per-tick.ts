// A worker's tick that takes the next pending task a person queued (`this.store.nextPending()`), returns when there is
// none, marks it running in the same store and runs the agent on it once: one run per queued task, the queue's content
// decides how many — question 18's poller (question 144), clean. Reported twins: a tick that loads the agent's own state
// (`if (!state) return` guards only a missing file, the same state every tick) and a tick taking the next due job of a
// schedule (`nextDue()`, question 108's due-task tick).
import { query } from '@anthropic-ai/claude-agent-sdk';

interface Task { id: string; prompt: string; status: 'pending' | 'running' | 'done' }

declare class TaskStore {
  nextPending(): Task | null;
  nextDue(now: Date): Task | null;
  update(id: string, patch: Partial<Task>): void;
}
declare function loadState(): { goal: string } | null;
declare function saveState(state: { goal: string; last: string }): void;

async function runAgent(prompt: string): Promise<string> {
  let out = '';
  for await (const message of query({ prompt, options: { maxTurns: 30, permissionMode: 'acceptEdits' } })) {
    if (message.type === 'result' && message.subtype === 'success') out = message.result;
  }
  return out;
}

export class Worker {
  private busy = false;
  constructor(private store: TaskStore) {}

  async tick(): Promise<void> {
    if (this.busy) return;
    const task = this.store.nextPending();
    if (!task) return;
    this.busy = true;
    try {
      this.store.update(task.id, { status: 'running' });
      await runAgent(task.prompt);
      this.store.update(task.id, { status: 'done' });
    } finally {
      this.busy = false;
    }
  }

  start(): void {
    setInterval(() => {
      void this.tick();
    }, 30_000);
  }
}

export class StateDriver {
  async tick(): Promise<void> {
    const state = loadState();
    if (!state) return;
    const last = await runAgent(`Carry on towards: ${state.goal}`);
    saveState({ ...state, last });
  }

  start(): void {
    setInterval(() => { // expect: unbounded-agent-loop
      void this.tick();
    }, 60_000);
  }
}

export class DueRunner {
  constructor(private store: TaskStore) {}

  async tick(): Promise<void> {
    const job = this.store.nextDue(new Date());
    if (!job) return;
    this.store.update(job.id, { status: 'running' });
    await runAgent(job.prompt);
  }

  start(): void {
    setInterval(() => { // expect: unbounded-agent-loop
      void this.tick();
    }, 60_000);
  }
}
