// cockatiel's retry() waits nothing (ConstantBackoff(0)) and never stops (maxAttempts Infinity) unless
// given a backoff and a bound; its ExponentialBackoff jitters (decorrelated) by default.
import { ConstantBackoff, ExponentialBackoff, handleAll, handleType, noJitterGenerator, retry } from 'cockatiel';

class RateLimited extends Error {}

export const immediate = retry(handleAll, { maxAttempts: 3 }); // expect: retry-without-backoff

export const forever = retry(handleAll, { backoff: new ExponentialBackoff() }); // expect: retry-without-backoff

export const fixed = retry(handleType(RateLimited), { maxAttempts: 5, backoff: new ConstantBackoff(1_000) }); // expect: retry-without-backoff

export const unjittered = retry(handleAll, { maxAttempts: 5, backoff: new ExponentialBackoff({ generator: noJitterGenerator }) }); // expect: retry-without-backoff

export const good = retry(handleAll, { maxAttempts: 5, backoff: new ExponentialBackoff({ initialDelay: 200, maxDelay: 10_000 }) });

export async function callPartner(body: unknown) {
  return good.execute(() => fetch('https://partner.example.com/v1/sync', { method: 'PUT', body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) }));
}
