// test/corpus/README.md questions 53, 96 and 123: a class whose `arm()` starts a `setTimeout` that runs `check()`, and
// whose `check()` runs the agent and then calls `arm()` again — from each early return that skips the agent this time (outside hours, a random draw)
// and from `finally` — is a timer cycle kept alive by those calls: one finding at each `this.arm(…)` inside `check()`,
// none at the first `arm()` in `start()` or at the `setTimeout` line. Near-misses: the same cycle whose check asks
// nothing of the model (a disk-usage probe), and one that stops re-arming after 12 checks.
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

declare function quietHours(): boolean;
declare function notify(owner: string, text: string): Promise<void>;
declare function diskUsage(): Promise<number>;

export class NudgeScheduler {
  private timers = new Map<string, ReturnType<typeof setTimeout>>();

  start(owners: string[]): void {
    for (const owner of owners) this.arm(owner);
  }

  private arm(owner: string): void {
    const previous = this.timers.get(owner);
    if (previous) clearTimeout(previous);
    const timer = setTimeout(() => this.check(owner), 3_600_000 * (1 + Math.random()));
    this.timers.set(owner, timer);
  }

  private async check(owner: string): Promise<void> {
    try {
      if (quietHours()) {
        this.arm(owner); // expect: unbounded-agent-loop
        return;
      }
      if (Math.random() > 0.3) {
        this.arm(owner); // expect: unbounded-agent-loop
        return;
      }
      const { text } = await generateText({ model: openai('gpt-4o-mini'), prompt: `Write a follow-up for ${owner}.`, abortSignal: AbortSignal.timeout(30_000) });
      await notify(owner, text);
    } catch (error) {
      console.error('nudge failed', error);
    } finally {
      this.arm(owner); // expect: unbounded-agent-loop
    }
  }
}

export class DiskWatcher {
  private timer: ReturnType<typeof setTimeout> | undefined;

  start(): void {
    this.arm();
  }

  private arm(): void {
    this.timer = setTimeout(() => this.check(), 60_000);
  }

  private async check(): Promise<void> {
    try {
      const used = await diskUsage();
      if (used > 0.9) await notify('ops', `disk at ${Math.round(used * 100)}%`);
    } finally {
      this.arm();
    }
  }
}

export class CountedNudges {
  private checks = 0;

  start(owner: string): void {
    this.arm(owner);
  }

  private arm(owner: string): void {
    setTimeout(() => this.check(owner), 3_600_000);
  }

  private async check(owner: string): Promise<void> {
    this.checks += 1;
    const { text } = await generateText({ model: openai('gpt-4o-mini'), prompt: `Write a follow-up for ${owner}.`, abortSignal: AbortSignal.timeout(30_000) });
    await notify(owner, text);
    if (this.checks < 12) this.arm(owner);
  }
}
