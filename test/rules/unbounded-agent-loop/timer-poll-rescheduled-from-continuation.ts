// A poller that reschedules itself from the promise continuation its timer callback starts
// (`setTimeout(() => poll().then(() => next()))`) is a timer loop like one calling `next()` in the callback itself: each
// pass is judged as a timer's (test/corpus/README.md questions 18 and 22). Claiming the jobs people queued and running
// an agent per job found answers events: clean. The twin whose every pass asks the model what to do next is reported at
// its self-calls, in the `then` and in the `catch`.
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

interface Job { id: string; task: string }

declare function claimJobs(): Promise<Job[]>;

async function runJob(job: Job) {
  return anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: job.task }] });
}

async function pollOnce() {
  for (const job of await claimJobs()) await runJob(job);
}

export function startPolling() {
  let delay = 5_000;
  const next = () => {
    setTimeout(() => {
      pollOnce().then(() => {
        delay = 5_000;
        next();
      }).catch(() => {
        delay = Math.min(delay * 2, 60_000);
        next();
      });
    }, delay);
  };
  next();
}

async function decideNextMove() {
  return anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'What should we do next?' }] });
}

export function startAutopilot() {
  const tick = () => {
    setTimeout(() => {
      decideNextMove()
        .then(() => tick()) // expect: unbounded-agent-loop
        .catch(() => tick()); // expect: unbounded-agent-loop
    }, 10_000);
  };
  tick();
}
