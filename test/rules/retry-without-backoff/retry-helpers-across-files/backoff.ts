// The project's own wait helpers: one randomises inside, one computes a delay without randomness.
export function sleepWithJitter(baseMs: number): Promise<void> {
  const ms = baseMs / 2 + Math.random() * baseMs;
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function delayFor(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** attempt);
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
