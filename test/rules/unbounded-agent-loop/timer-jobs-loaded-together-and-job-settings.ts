// Two shapes of a scheduler's tick that runs the agent on every due time (questions 22, 58 and 89). The stored crons
// loaded beside other state (`const [jobs, lastRun] = await Promise.all([loadCronJobs(), loadLastRun()])`) are the due
// jobs the loop runs, read through the element the name takes. A cron scheduled per job whose tick runs the agent under
// a test of that job's own settings (`if (job.kind === 'agent' && job.prompt)`) runs it on every tick the job is so
// configured: the test reads the job handed to the scheduling function, nothing the tick found. Near-misses: the loop
// over new messages loaded beside the crons (question 18's poller), and a tick whose branch tests what it fetched.
import cron from 'node-cron';
import { generateText, stepCountIs, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

interface CronJob { name: string; expr: string; kind: 'agent' | 'ping'; prompt?: string }

declare function loadCronJobs(): Promise<CronJob[]>;
declare function loadLastRun(): Promise<Record<string, number>>;
declare function fetchNewMessages(): Promise<Array<{ id: string; text: string }>>;
declare function saveCronJob(job: CronJob): Promise<void>;
declare function matches(expr: string, last: number | undefined): boolean;
declare const mailbox: { unread(): Promise<{ count: number; subject: string }> };

const tools = {
  addCron: tool({
    description: 'Add a recurring job',
    inputSchema: z.object({ name: z.string(), expr: z.string(), prompt: z.string() }),
    execute: async ({ name, expr, prompt }) => {
      await saveCronJob({ name, expr, prompt, kind: 'agent' });
      return 'added';
    },
  }),
};

async function runAgent(prompt: string): Promise<string> {
  const { text } = await generateText({ model: openai('gpt-4.1'), prompt, tools, stopWhen: stepCountIs(8) });
  return text;
}

export function startJobClock() {
  setInterval(async () => { // expect: unbounded-agent-loop
    const [jobs, lastRun] = await Promise.all([loadCronJobs(), loadLastRun()]);
    for (const job of jobs) {
      if (job.prompt && matches(job.expr, lastRun[job.name])) await runAgent(job.prompt);
    }
  }, 30_000);
}

export function startInboxClock() {
  setInterval(async () => {
    const [messages, jobs] = await Promise.all([fetchNewMessages(), loadCronJobs()]);
    console.log(`${jobs.length} jobs`);
    for (const message of messages) await runAgent(`Answer: ${message.text}`);
  }, 30_000);
}

export function scheduleJob(job: CronJob) {
  cron.schedule(job.expr, async () => { // expect: unbounded-agent-loop
    try {
      if (job.kind === 'agent' && job.prompt) {
        await runAgent(job.prompt);
      }
    } catch (err) {
      console.error(job.name, err);
    }
  });
}

export function scheduleMailCheck(expr: string) {
  cron.schedule(expr, async () => {
    const mail = await mailbox.unread();
    if (mail.count > 0) {
      await runAgent(`Sort the unread mail: ${mail.subject}`);
    }
  });
}
