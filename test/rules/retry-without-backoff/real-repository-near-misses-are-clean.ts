// Found on repositories outside the corpus (judging issue 14's rules on real code): loops that go round
// a remote call but do not retry a failure the way the rule means, next to one that does.
import { generateText, NoObjectGeneratedError, Output, type LanguageModel } from 'ai';
import { z } from 'zod';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Asking again when the model's answer did not fit the schema: every other error is thrown, so a failing
// service is never hit again by this loop (clean).
export async function extractOrder(model: LanguageModel, prompt: string, invalidAnswersAllowed: number) {
  let left = invalidAnswersAllowed;
  while (true) {
    try {
      const { output } = await generateText({ model, prompt, output: Output.object({ schema: z.object({ id: z.string() }) }), abortSignal: AbortSignal.timeout(30_000) });
      return output;
    } catch (err) {
      if (!NoObjectGeneratedError.isInstance(err) || left === 0) throw err;
      left -= 1;
    }
  }
}

// A job-status poll: a successful answer goes round too, until one of a set of states (clean).
export async function watchJob(jobId: string, onSnapshot: (status: string) => void) {
  while (true) {
    try {
      const response = await fetch(`https://jobs.example.com/jobs/${jobId}`, { signal: AbortSignal.timeout(10_000) });
      const snapshot = (await response.json()) as { status: string };
      onSnapshot(snapshot.status);
      if (['completed', 'failed', 'cancelled'].includes(snapshot.status)) break;
    } catch {
      // a missed poll is picked up by the next one
    }
    await sleep(2_000);
  }
}

// The caller's callback decides whether, and after how long, to go round: the wait is unknown (clean).
export async function withRetries(work: () => Promise<void>, onError: (error: unknown) => Promise<boolean>, retries = 3) {
  for (let i = 0; i < retries + 1; i++) {
    try {
      return await work();
    } catch (error) {
      if (!(await onError(error))) return;
    }
  }
}

export const runAgentStep = (task: string) =>
  withRetries(
    async () => {
      await fetch('https://agents.example.com/steps', { method: 'POST', body: task, signal: AbortSignal.timeout(10_000) });
    },
    async () => {
      await sleep(1_000 + Math.random() * 1_000);
      return true;
    },
  );

// Waiting for a browser's debugging endpoint: no attempt count, but the caller's signal is checked every
// pass and bounds the total time (clean).
export async function debuggerUrl(baseUrl: string, signal: AbortSignal) {
  while (true) {
    signal.throwIfAborted();
    try {
      const response = await fetch(`${baseUrl}/json/version`, { signal });
      const version = (await response.json()) as { webSocketDebuggerUrl?: string };
      if (version.webSocketDebuggerUrl) return version.webSocketDebuggerUrl;
    } catch {
      signal.throwIfAborted();
    }
    await sleep(250 + Math.random() * 250);
  }
}

// The same endpoint with neither a count nor a signal: retried forever.
export async function debuggerUrlForever(baseUrl: string) {
  while (true) { // expect: retry-without-backoff
    try {
      const response = await fetch(`${baseUrl}/json/version`, { signal: AbortSignal.timeout(5_000) });
      return ((await response.json()) as { webSocketDebuggerUrl: string }).webSocketDebuggerUrl;
    } catch {
      await sleep(250 + Math.random() * 250);
    }
  }
}

// Going round only while the error says the resource is busy or not there yet waits for a state, like a
// status poll (clean); going round on transient failures of the service is a retry.
const DELETE_DELAYS_MS = [500, 1_000, 2_000];
declare function isStateChangeInProgressError(error: unknown): boolean;
declare function isTransientError(error: unknown): boolean;

export async function deleteSandbox(id: string) {
  let attempt = 0;
  while (true) {
    try {
      await fetch(`https://sandboxes.example.com/sandboxes/${id}`, { method: 'DELETE', signal: AbortSignal.timeout(10_000) });
      return;
    } catch (error) {
      const delayMs = DELETE_DELAYS_MS[attempt];
      if (!isStateChangeInProgressError(error) || delayMs === undefined) throw error;
      attempt += 1;
      await sleep(delayMs);
    }
  }
}

export async function createSandbox(image: string) {
  for (let attempt = 0; attempt < 4; attempt++) { // expect: retry-without-backoff
    try {
      return await fetch('https://sandboxes.example.com/sandboxes', { method: 'POST', body: image, signal: AbortSignal.timeout(10_000) });
    } catch (error) {
      if (!isTransientError(error)) throw error;
      await sleep(500 * 2 ** attempt);
    }
  }
  throw new Error('sandbox service unavailable');
}
