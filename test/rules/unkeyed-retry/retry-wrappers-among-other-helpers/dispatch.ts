// Shared helpers of the dispatch service, in one file: two that re-run what they are handed (a loop written in
// a function made by a factory, and a recursive one), one that runs it once, and one that retries only its own read.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function makeRetrier(attempts: number) {
  return async function retrying<T>(job: () => Promise<T>): Promise<T> {
    let failure: unknown;
    for (let attempt = 0; attempt < attempts; attempt++) {
      try {
        return await job();
      } catch (error) {
        failure = error;
        await sleep(250 * 2 ** attempt);
      }
    }
    throw failure;
  };
}

export const retryThrice = makeRetrier(3);

export async function untilAccepted(send: () => Promise<void>, left = 4): Promise<void> {
  try {
    await send();
  } catch (error) {
    if (left === 0) throw error;
    await sleep(500);
    await untilAccepted(send, left - 1);
  }
}

export async function once<T>(job: () => Promise<T>): Promise<T> {
  return job();
}

export async function withFreshRoster<T>(job: (roster: string[]) => Promise<T>): Promise<T> {
  let roster: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      roster = (await (await fetch('https://roster.example.com/on-call', { signal: AbortSignal.timeout(5_000) })).json()) as string[];
      break;
    } catch {
      await sleep(100);
    }
  }
  return job(roster);
}
