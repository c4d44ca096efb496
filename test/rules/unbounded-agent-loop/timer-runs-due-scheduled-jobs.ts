// A scheduler tick that runs the agent for every stored job whose time has come, then stores the job's next run: the
// schedule (made at run time by a person or by the agent's own tool), not an outside event, starts each run, and only
// the process's end stops it (corpus README questions 58 and 89). Clean near-misses: a tick answering the unread mail it
// fetched (question 18's poller), and a tick that sends the due reminders' stored text with no model.
import { generateText, stepCountIs, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

interface Job { id: string; prompt: string; cron: string }

declare const store: {
  getDueJobs(now: Date): Job[];
  reschedule(id: string, next: Date): void;
  addJob(job: Omit<Job, 'id'>): void;
};
declare function nextRunOf(cron: string): Date;
declare const inbox: { listUnread(): Promise<Array<{ id: string; body: string }>>; reply(id: string, text: string): Promise<void> };
declare const chat: { send(text: string): Promise<void> };
declare const reminders: { dueNow(): Array<{ text: string }> };

const tools = {
  schedule: tool({
    description: 'Schedule a recurring task',
    inputSchema: z.object({ prompt: z.string(), cron: z.string() }),
    execute: async ({ prompt, cron }) => {
      store.addJob({ prompt, cron });
      return 'scheduled';
    },
  }),
};

async function runAgent(prompt: string): Promise<string> {
  const { text } = await generateText({ model: openai('gpt-4.1'), prompt, tools, stopWhen: stepCountIs(8) });
  return text;
}

async function runDueJobs(): Promise<void> {
  const jobs = store.getDueJobs(new Date());
  for (const job of jobs) {
    const text = await runAgent(job.prompt);
    await chat.send(text);
    store.reschedule(job.id, nextRunOf(job.cron));
  }
}

export function startScheduler(): void {
  setInterval(() => { // expect: unbounded-agent-loop
    void runDueJobs();
  }, 60_000);
}

async function answerUnread(): Promise<void> {
  const unread = await inbox.listUnread();
  for (const mail of unread) {
    await inbox.reply(mail.id, await runAgent(mail.body));
  }
}

export function startMailPoller(): void {
  setInterval(() => void answerUnread(), 30_000);
}

export function startReminders(): void {
  setInterval(async () => {
    for (const reminder of reminders.dueNow()) await chat.send(reminder.text);
  }, 60_000);
}
