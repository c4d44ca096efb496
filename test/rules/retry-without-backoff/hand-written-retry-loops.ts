// Hand-written retry loops around model and HTTP calls: how each waits between attempts decides the
// finding. A growing delay with Math.random() in it, and a bound, is clean.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000, maxRetries: 0 });
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function immediate(prompt: string) {
  for (let attempt = 0; attempt < 3; attempt++) { // expect: retry-without-backoff
    try {
      return await openai.responses.create({ model: 'gpt-5-mini', input: prompt });
    } catch (error) {
      console.warn('attempt failed', attempt, error);
    }
  }
  throw new Error('model unavailable');
}

export async function constantWait(prompt: string) {
  let lastError: unknown;
  for (let attempt = 1; attempt <= 5; attempt++) { // expect: retry-without-backoff
    try {
      return await openai.responses.create({ model: 'gpt-5-mini', input: prompt });
    } catch (error) {
      lastError = error;
      await sleep(2_000);
    }
  }
  throw lastError;
}

export async function exponentialNoJitter(url: string) {
  let attempt = 0;
  while (attempt < 4) { // expect: retry-without-backoff
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return await res.json();
    } catch {
      // fall through to the wait
    }
    attempt++;
    await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
  }
  throw new Error(`gave up on ${url}`);
}

export async function jittered(url: string) {
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return await res.json();
    } catch {
      // retry below
    }
    await sleep(Math.random() * 250 * 2 ** attempt);
  }
  throw new Error(`gave up on ${url}`);
}

export async function foreverJittered(url: string) {
  let delay = 500;
  while (true) { // expect: retry-without-backoff
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return await res.json();
    } catch {
      // keep going
    }
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 30_000);
  }
}

export async function boundedWhileTrue(url: string) {
  let attempt = 0;
  while (true) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return await res.json();
      throw new Error(`status ${res.status}`);
    } catch (error) {
      attempt++;
      if (attempt >= 5) throw error;
      await sleep(200 * 2 ** attempt * (0.5 + Math.random()));
    }
  }
}

export async function doublingDelay(url: string) {
  let delay = 1_000;
  for (let attempt = 0; attempt < 5; attempt++) { // expect: retry-without-backoff
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return await res.json();
    } catch {
      // wait and try again
    }
    await sleep(delay);
    delay *= 2;
  }
  throw new Error(`gave up on ${url}`);
}

export async function honoursRetryAfter(url: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.status !== 429) return await res.json();
      const retryAfter = Number(res.headers.get('retry-after') ?? '1');
      await sleep(retryAfter * 1_000);
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
  throw new Error(`gave up on ${url}`);
}
