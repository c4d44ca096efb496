// A queue that replays a failed job 30 s later through a callback it does not know until start-up: the field starts as
// `null` and `setHandler` stores what the application hands it. Each replay that fails schedules another: reported once,
// at that re-attempt in the catch (test/corpus/README.md question 7).
export type JobHandler = (jobId: string, payload: string) => Promise<void>;

export class DelayedReplayQueue {
  private handler: JobHandler | null = null;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  setHandler(handler: JobHandler): void {
    this.handler = handler;
  }

  replayLater(jobId: string, payload: string, attempt = 0): void {
    const timer = setTimeout(async () => {
      this.timers.delete(jobId);
      if (!this.handler) return;
      try {
        await this.handler(jobId, payload);
      } catch (error) {
        console.error(`replay of ${jobId} failed`, error);
        if (attempt < 3) this.replayLater(jobId, payload, attempt + 1); // expect: unkeyed-retry
      }
    }, 30_000);
    this.timers.set(jobId, timer);
  }
}

// The same queue shape for cache refreshes: its handler only reads.
export type RefreshHandler = (key: string) => Promise<void>;

export class RefreshQueue {
  private refresh: RefreshHandler | null = null;

  setRefresh(refresh: RefreshHandler): void {
    this.refresh = refresh;
  }

  refreshLater(key: string, attempt = 0): void {
    setTimeout(async () => {
      if (!this.refresh) return;
      try {
        await this.refresh(key);
      } catch (error) {
        console.error(`refresh of ${key} failed`, error);
        if (attempt < 3) this.refreshLater(key, attempt + 1);
      }
    }, 30_000);
  }
}
