// Near-miss: a list of jobs, each handed in a loop to a wrapper that registers its `handler` with a queue worker —
// the code that runs them is a scheduler, not a model, so the POST is no tool's.
import { Worker } from 'bullmq';

export const nightlyJobs = [
  {
    name: 'bake-report',
    handler: async () => {
      const res = await fetch('https://bakery.example.com/api/reports', { method: 'POST', signal: AbortSignal.timeout(10_000) });
      return res.text();
    },
  },
];

export function scheduleJob(job: { name: string; handler: () => Promise<string> }) {
  return new Worker(job.name, async () => {
    const result = await job.handler();
    return result;
  });
}
