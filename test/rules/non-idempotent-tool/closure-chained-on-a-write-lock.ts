// test/corpus/README.md questions 72 and 150: a closure handed to a project helper that runs it is labelled at the
// handler's call to the helper — also when the helper runs it by chaining it on a promise (an in-process write lock,
// `lock = lock.then(fn)`), not at the write inside the closure. A closure handed to `.then` in the handler itself is
// the language running it: its write stays where it is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { tool } from 'ai';
import { z } from 'zod';

const JOBS_PATH = 'jobs.json';
let writeLock: Promise<void> = Promise.resolve();

function withWriteLock(fn: () => void): Promise<void> {
  writeLock = writeLock.then(fn);
  return writeLock;
}

function readJobs(): { jobs: Array<{ id: string; cron: string; prompt: string }> } {
  return JSON.parse(readFileSync(JOBS_PATH, 'utf8'));
}

function writeJobs(data: { jobs: Array<{ id: string; cron: string; prompt: string }> }): void {
  writeFileSync(JOBS_PATH, JSON.stringify(data, null, 2));
}

export const schedulerTools = {
  scheduleJob: tool({
    description: 'Schedule a prompt to run on a cron',
    inputSchema: z.object({ cron: z.string(), prompt: z.string() }),
    execute: async ({ cron, prompt }) => {
      const job = { id: Date.now().toString(), cron, prompt };
      await withWriteLock(() => { // expect: non-idempotent-tool
        const file = readJobs();
        file.jobs.push(job);
        writeJobs(file);
      });
      return `scheduled ${job.id}`;
    },
  }),
  scheduleLater: tool({
    description: 'Schedule a prompt once the current writes settle',
    inputSchema: z.object({ cron: z.string(), prompt: z.string() }),
    execute: async ({ cron, prompt }) => {
      const job = { id: Date.now().toString(), cron, prompt };
      await writeLock.then(() => {
        const file = readJobs();
        file.jobs.push(job);
        writeJobs(file); // expect: non-idempotent-tool
      });
      return `scheduled ${job.id}`;
    },
  }),
};
