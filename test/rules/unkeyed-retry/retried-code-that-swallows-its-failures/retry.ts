// The project's retry wrappers. `forever` re-runs its operation only when the operation throws; `untilValue` also
// goes round when the operation answers nothing.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function forever<T>(operation: () => Promise<T>, baseMs = 1000): Promise<T> {
  let attempt = 0;
  while (true) {
    try {
      const result = await operation();
      if (attempt > 0) console.log(`succeeded after ${attempt + 1} attempts`);
      return result;
    } catch (error) {
      attempt++;
      await sleep(Math.min(baseMs * 2 ** attempt, 30_000));
    }
  }
}

export async function untilValue<T>(operation: () => Promise<T | null>, attempts = 5): Promise<T | null> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const result = await operation();
      if (result) return result;
    } catch {
      await sleep(500 * 2 ** attempt);
    }
  }
  return null;
}
