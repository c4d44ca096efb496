// Two retry helpers: `withBackoff` retries with p-retry; `withRetry` forwards its function to `withBackoff`.
import pRetry from 'p-retry';

export async function withBackoff<T>(fn: () => Promise<T>): Promise<T> {
  return pRetry(fn, { retries: 4, randomize: true });
}

export async function withRetry<T>(operation: () => Promise<T>): Promise<T> {
  return withBackoff(() => operation());
}
