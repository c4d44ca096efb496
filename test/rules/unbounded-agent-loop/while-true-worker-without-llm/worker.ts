// A long-running `while (true)` queue worker: it never calls an LLM (directly or through the
// queue helpers), so it is not an agent loop and is not reported.
import { setTimeout as sleep } from 'node:timers/promises';
import { claimNextJob, completeJob } from './job-queue.js';

export async function runWorker() {
  while (true) {
    const job = await claimNextJob();
    if (!job) {
      await sleep(1_000);
      continue;
    }
    console.log(`processing ${job.kind} ${job.id}`);
    await completeJob(job.id);
  }
}
