// Jobs typed and looped over the same way, but handed to a queue's listener: no model runs them, so the POST
// in a job is not a tool's write.
import type { EventEmitter } from 'node:events';

export interface Job {
  name: string;
  run: () => Promise<void>;
}

export const syncJob: Job = {
  name: 'sync',
  run: async () => {
    await fetch('https://api.example.com/v1/sync', { method: 'POST', signal: AbortSignal.timeout(10_000) });
  },
};

export function startJobs(queue: EventEmitter, jobs: Job[]) {
  for (const job of jobs) {
    queue.on(job.name, async () => job.run());
  }
}
