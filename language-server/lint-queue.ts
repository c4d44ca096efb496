// When documents get analysed: an edit waits out a short debounce, then goes to the front of the
// queue; documents an edit may affect follow at the back. One document per macrotask, so edits,
// cancellations and requests that arrive meanwhile are handled between analyses, never behind a batch.

export type LintPriority = 'edited' | 'background';

export class LintQueue {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly queue: string[] = [];
  private scheduled = false;
  private disposed = false;

  constructor(
    private readonly debounceMs: number,
    private readonly lint: (uri: string) => void,
  ) {}

  /** After an edit: analyse `uri` once the debounce has passed without another edit. */
  edited(uri: string): void {
    this.clearTimer(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.enqueue(uri, 'edited');
    }, this.debounceMs);
    this.timers.set(uri, timer);
  }

  enqueue(uri: string, priority: LintPriority): void {
    if (this.disposed) return;
    const at = this.queue.indexOf(uri);
    if (priority === 'edited') {
      if (at >= 0) this.queue.splice(at, 1);
      this.queue.unshift(uri);
    } else if (at < 0 && !this.timers.has(uri)) {
      this.queue.push(uri);
    }
    this.pump();
  }

  /** Takes `uri` out of the timers and the queue (it was just analysed out of turn, or closed). */
  forget(uri: string): void {
    this.clearTimer(uri);
    const at = this.queue.indexOf(uri);
    if (at >= 0) this.queue.splice(at, 1);
  }

  /** Whether an analysis of `uri` is waiting (a request may want to run it now instead). */
  isPending(uri: string): boolean {
    return this.timers.has(uri) || this.queue.includes(uri);
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.queue.length = 0;
  }

  private pump(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const uri = this.queue.shift();
      if (uri !== undefined && !this.disposed) this.lint(uri);
      this.pump();
    });
  }

  private clearTimer(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
