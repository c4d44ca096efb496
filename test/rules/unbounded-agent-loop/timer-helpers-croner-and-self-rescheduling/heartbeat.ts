// Project timer helpers that receive the function they run: a croner `new Cron(pattern, tick)` whose tick calls the
// helper's parameter, and a `setTimeout` that reschedules the function it is written in. Neither calls a model itself:
// the finding is where a caller hands them an agent run (questions 41 and 76). `retryUntilSent` reschedules only
// from its `catch` (another try after a failure), which is no clock.
import { Cron } from 'croner';

let job: Cron | null = null;

export function startHeartbeat(onBeat: (prompt: string) => Promise<void>): void {
  job?.stop();
  job = new Cron('0 * * * *', async () => {
    await onBeat('Review your notes and open tasks, then act on them.');
  });
}

export function everyFewMinutes(task: () => Promise<void>, minutes: number): void {
  const tick = async () => {
    await task();
    setTimeout(tick, minutes * 60_000);
  };
  void tick();
}

export function retryUntilSent(send: () => Promise<void>): void {
  const attempt = async () => {
    try {
      await send();
    } catch {
      setTimeout(attempt, 5_000);
    }
  };
  void attempt();
}
