// The project's own retry helper: calls `fn` again after a failure the classifier calls transient, up to `retries`
// more times.
export async function withRetries<T>(fn: () => Promise<T>, opts: { retries?: number; transient?: (err: unknown) => boolean } = {}): Promise<T> {
  const retries = opts.retries ?? 3;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= retries || (opts.transient && !opts.transient(err))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
    }
  }
}

export const isTransient = (err: unknown) => err instanceof Error && /ECONNRESET|ETIMEDOUT|socket hang up/.test(err.message);
