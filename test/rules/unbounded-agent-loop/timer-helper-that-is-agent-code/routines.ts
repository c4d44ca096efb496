// The bot's own routines module: it owns the timers, builds each run's prompt and posts what the agent answers. Such a
// helper is the agent code (test/corpus/README.md question 130): each timer is reported here, once — the heartbeat
// handed a named tick and the cron runner looping over the stored jobs whose time has come — and not at the calls in
// bot.ts. The status poll hands on a function that reads a status page: no model, no finding. (The module sends its
// owner alert with `fetch` itself, which also makes it a prefilter candidate when a folder is linted: a helper module
// with no agent word at all is analysed only when it is named.)
import { readFileSync } from 'node:fs';

type Ask = (chatId: string, prompt: string) => Promise<string>;
type Post = (chatId: string, text: string) => Promise<void>;

async function alertOwner(text: string): Promise<void> {
  await fetch(process.env.OWNER_WEBHOOK ?? 'https://hooks.example.com/owner', { method: 'POST', body: text, signal: AbortSignal.timeout(10_000) });
}

interface RoutineJob { prompt: string; minute: number }

declare function loadJobs(): RoutineJob[];

const OWNER_CHAT = process.env.OWNER_CHAT ?? '';

function getMatchingCronJobs(): RoutineJob[] {
  const minute = new Date().getMinutes();
  return loadJobs().filter((job) => job.minute === minute);
}

export function startRoutineCheck(ask: Ask, post: Post): void {
  const runCheck = async () => {
    const checklist = readFileSync('CHECKLIST.md', 'utf8');
    const reply = await ask(OWNER_CHAT, `Go through this checklist with your tools:\n${checklist}`);
    if (!reply.includes('ALL_GOOD')) await post(OWNER_CHAT, reply);
    else await alertOwner('checklist: all good');
  };
  setInterval(runCheck, 30 * 60_000); // expect: unbounded-agent-loop
}

export function startRoutineCron(ask: Ask, post: Post): void {
  setInterval(async () => { // expect: unbounded-agent-loop
    const jobs = getMatchingCronJobs();
    for (const job of jobs) {
      const answer = await ask(OWNER_CHAT, `[CRON] ${job.prompt}`);
      await post(OWNER_CHAT, answer);
    }
  }, 60_000);
}

export function startStatusPoll(read: (url: string) => Promise<string>, post: Post): void {
  setInterval(async () => {
    const status = await read('https://status.example.com/summary.txt');
    if (status.includes('outage')) await post(OWNER_CHAT, status);
  }, 5 * 60_000);
}
