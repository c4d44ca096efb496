// Factories that hand back a runner: one retries what it is given (through retryAsync), the other only times it.
import { retryAsync } from './retry.js';

export type Runner = <T>(fn: () => Promise<T>, label?: string) => Promise<T>;

export function createTelegramRetryRunner(params: { attempts?: number; verbose?: boolean }): Runner {
  const shouldRetry = (err: unknown) => /429|timeout|reset/i.test(String(err));
  return <T>(fn: () => Promise<T>, label?: string) => retryAsync(fn, { attempts: params.attempts, shouldRetry });
}

export function createTimingRunner(): Runner {
  return async <T>(fn: () => Promise<T>, label?: string) => {
    const started = Date.now();
    try {
      return await fn();
    } finally {
      console.log(`${label ?? 'request'} took ${Date.now() - started} ms`);
    }
  };
}
