// A hand-written retry: the caller's function runs again after any failure, up to `attempts` times.
export async function retryAsync<T>(fn: () => Promise<T>, options: { attempts?: number; shouldRetry?: (err: unknown) => boolean } = {}): Promise<T> {
  const attempts = options.attempts ?? 3;
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      if (options.shouldRetry && !options.shouldRetry(err)) break;
      await new Promise((resolve) => setTimeout(resolve, 400 * 2 ** attempt));
    }
  }
  throw lastError;
}
