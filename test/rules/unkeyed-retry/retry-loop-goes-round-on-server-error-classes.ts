// A retry loop whose catch goes round for two error classes: a rate limit (refused, question 13) and a server error
// (`InternalServerError`, which the client also throws for timeouts and dropped connections: the server may have acted).
// The second way round re-sends a charge that may have landed: a finding at the retried call. A loop that goes round
// only for the rate limit, or only for a conflict, repeats nothing done: clean.
class RateLimitError extends Error {}
class InternalServerError extends Error {}

async function postCharge(customer: string, cents: number): Promise<unknown> {
  const res = await fetch('https://billing.example.com/v1/charges', {
    method: 'POST',
    body: JSON.stringify({ customer, cents }),
    signal: AbortSignal.timeout(10_000),
  }).catch((cause: unknown) => {
    throw new InternalServerError('network error', { cause });
  });
  if (res.status === 429) throw new RateLimitError('slow down');
  if (res.status >= 500) throw new InternalServerError(`upstream ${res.status}`);
  return res.json();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function chargeWithRetry(customer: string, cents: number, maxAttempts = 3): Promise<unknown> {
  let attempt = 0;
  while (attempt < maxAttempts) {
    try {
      return await postCharge(customer, cents); // expect: unkeyed-retry
    } catch (error) {
      attempt += 1;
      if (error instanceof RateLimitError) {
        await sleep(1_000 * attempt);
        continue;
      }
      if (error instanceof InternalServerError && attempt < maxAttempts) {
        await sleep(250 * 2 ** attempt);
        continue;
      }
      throw error;
    }
  }
  throw new Error('out of attempts');
}

export async function chargeAfterRateLimits(customer: string, cents: number, maxAttempts = 3): Promise<unknown> {
  let attempt = 0;
  while (attempt < maxAttempts) {
    try {
      return await postCharge(customer, cents);
    } catch (error) {
      attempt += 1;
      if (error instanceof RateLimitError && attempt < maxAttempts) {
        await sleep(1_000 * attempt);
        continue;
      }
      throw error;
    }
  }
  throw new Error('out of attempts');
}
