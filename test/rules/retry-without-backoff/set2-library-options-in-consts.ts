// Second set (not tuned on). Options held in module constants; node's timers/promises setTimeout as
// the sleep; retry.operation with and without randomize; async-retry with no minimum wait.
import pRetry from 'p-retry';
import retry from 'retry';
import asyncRetry from 'async-retry';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

const JITTERED = { retries: 3, randomize: true };
const PLAIN = { retries: 3 };

export const ask = (prompt: string) =>
  pRetry(() => generateText({ model: openai('gpt-5-mini'), prompt, abortSignal: AbortSignal.timeout(30_000) }), JITTERED);

export const askPlain = (prompt: string) =>
  pRetry(() => generateText({ model: openai('gpt-5-mini'), prompt, abortSignal: AbortSignal.timeout(30_000) }), PLAIN); // expect: retry-without-backoff

export function fetchQuote(symbol: string, done: (err: Error | null, body?: unknown) => void) {
  const operation = retry.operation(); // expect: retry-without-backoff
  operation.attempt(async () => {
    try {
      const res = await fetch(`https://quotes.example.com/${symbol}`, { signal: AbortSignal.timeout(5_000) });
      done(null, await res.json());
    } catch (error) {
      if (operation.retry(error as Error)) return;
      done(operation.mainError());
    }
  });
}

export function fetchQuoteJittered(symbol: string, done: (err: Error | null, body?: unknown) => void) {
  const operation = retry.operation({ retries: 5, randomize: true, maxTimeout: 20_000 });
  operation.attempt(async () => {
    try {
      const res = await fetch(`https://quotes.example.com/${symbol}`, { signal: AbortSignal.timeout(5_000) });
      done(null, await res.json());
    } catch (error) {
      if (operation.retry(error as Error)) return;
      done(operation.mainError());
    }
  });
}

export const noMinimum = (prompt: string) =>
  asyncRetry(() => generateText({ model: openai('gpt-5-mini'), prompt, abortSignal: AbortSignal.timeout(30_000) }), { retries: 3, minTimeout: 0 }); // expect: retry-without-backoff

export async function linearTimersPromises(url: string) {
  for (let attempt = 1; attempt <= 4; attempt++) { // expect: retry-without-backoff
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return res.json();
    } catch {
      // next attempt
    }
    await sleep(1_000 * attempt);
  }
  throw new Error('unavailable');
}
