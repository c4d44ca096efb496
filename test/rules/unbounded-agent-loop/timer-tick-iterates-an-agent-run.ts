// Questions 18, 22 and 58: a tick whose helper iterates the messages of an agent run (`for await (const message of
// query({ prompt }))`) starts that run on every tick — the iterable is made once each pass, it is no list of items the
// tick found — reported at the schedule call (even with `maxTurns`: a bounded run started on every tick, question 58).
// Near-misses: ticks that run the agent once per mention fetched or per mail a mailbox read yields (`for await` over a
// read, not a run): question 18's event daemon.
import cron from 'node-cron';
import { query } from '@anthropic-ai/claude-agent-sdk';

declare function fetchMentions(): Promise<string[]>;
declare function readMailbox(): AsyncIterable<string>;

async function runJob(prompt: string): Promise<string | undefined> {
  for await (const message of query({ prompt, options: { permissionMode: 'bypassPermissions', maxTurns: 20 } })) {
    if (message.type === 'result' && message.subtype === 'success') return message.result;
  }
  return undefined;
}

async function answerMentions(): Promise<void> {
  for (const mention of await fetchMentions()) await runJob(`Answer: ${mention}`);
}

async function answerMail(): Promise<void> {
  for await (const mail of readMailbox()) await runJob(`Reply to: ${mail}`);
}

export function startJobs(jobs: Array<{ schedule: string; prompt: string }>): void {
  for (const job of jobs) {
    cron.schedule(job.schedule, () => { // expect: unbounded-agent-loop
      void runJob(job.prompt);
    });
  }
  cron.schedule('*/5 * * * *', () => {
    void answerMentions();
  });
  cron.schedule('*/10 * * * *', () => {
    void answerMail();
  });
}
