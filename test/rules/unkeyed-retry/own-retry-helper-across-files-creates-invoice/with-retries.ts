// The project's own retry wrapper: re-runs `operation` with jittered backoff on any error.
// Whatever the caller passes in is executed up to `attempts` times.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function withRetries<T>(operation: () => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await operation();
    } catch (error) {
      lastError = error;
      await sleep(200 * 2 ** attempt * (0.5 + Math.random()));
    }
  }
  throw lastError;
}
