// Near-misses: loops that go on after success (pollers, workers), retries of local work, a deadline
// timer inside the attempt, and a local function that merely shares a retry library's name.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls a run until it finishes: a fixed interval is how polling works, not a retry. */
export async function waitForRun(threadId: string, runId: string) {
  while (true) {
    try {
      const run = await openai.beta.threads.runs.retrieve(runId, { thread_id: threadId });
      if (run.status === 'completed' || run.status === 'failed') return run;
    } catch (error) {
      console.error('poll failed', error);
    }
    await sleep(1_000);
  }
}

/** A worker drains a queue for ever; a failed job is logged and the next one taken. */
export async function worker(next: () => Promise<{ url: string } | undefined>) {
  while (true) {
    const job = await next();
    if (!job) {
      await sleep(5_000);
      continue;
    }
    try {
      await fetch(job.url, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    } catch (error) {
      console.error('job failed', error);
    }
  }
}

/** Re-parsing local text is not a remote call: no backoff needed. */
export function parseLoose(text: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return JSON.parse(text.slice(0, text.length - attempt));
    } catch {
      // try a shorter prefix
    }
  }
  return undefined;
}

/** The setTimeout inside the attempt aborts it (a deadline); the wait between attempts is jittered. */
export async function withAbortTimer(url: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 5_000);
    try {
      const res = await fetch(url, { signal: controller.signal });
      return await res.json();
    } catch {
      await sleep(Math.random() * 1_000 * 2 ** attempt);
    } finally {
      clearTimeout(timer);
    }
  }
  throw new Error('unreachable');
}

function pRetry<T>(fn: () => Promise<T>): Promise<T> {
  return fn();
}

export async function localNamesake(url: string) {
  return pRetry(() => fetch(url, { signal: AbortSignal.timeout(5_000) }));
}
