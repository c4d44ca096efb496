// When documents get analysed: an edit waits out a short debounce, then goes to the front of the
// queue; documents an edit may affect follow once typing pauses, so they never hold up the next
// keystroke. One document per macrotask: messages that arrive meanwhile are handled between analyses.

export type LintPriority = 'edited' | 'background';

export class LintQueue {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly queue: string[] = [];
  /** Documents to analyse again once edits pause. */
  private readonly background = new Set<string>();
  private backgroundTimer: NodeJS.Timeout | undefined;
  private scheduled = false;
  private disposed = false;
  /** Requests waiting for a document's debounced analysis. */
  private readonly waiters = new Map<string, Array<() => void>>();

  constructor(
    private readonly debounceMs: number,
    private readonly backgroundDelayMs: number,
    private readonly lint: (uri: string) => void,
  ) {}

  /** After an edit: analyse `uri` once the debounce has passed without another edit. */
  edited(uri: string): void {
    this.clearTimer(uri);
    this.background.delete(uri);
    if (this.background.size > 0) this.holdBackground();
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
      this.background.delete(uri);
      this.queue.unshift(uri);
      this.pump();
    } else if (at < 0 && !this.timers.has(uri)) {
      this.background.add(uri);
      this.holdBackground();
    }
  }

  /** Takes `uri` out of the timers and the queue (it was just analysed out of turn, or closed). */
  forget(uri: string): void {
    this.clearTimer(uri);
    this.background.delete(uri);
    const at = this.queue.indexOf(uri);
    if (at >= 0) this.queue.splice(at, 1);
    this.release(uri);
  }

  /** Whether `uri` is in its debounce after an edit (its analysis will run within the debounce). */
  isDebouncing(uri: string): boolean {
    return this.timers.has(uri) || this.queue.includes(uri);
  }

  /** Resolves once `uri` has been analysed (or forgotten). */
  whenDone(uri: string): Promise<void> {
    return new Promise((resolve) => {
      const list = this.waiters.get(uri) ?? [];
      list.push(resolve);
      this.waiters.set(uri, list);
    });
  }

  /** Whether an analysis of `uri` is waiting (a request may want to run it now instead). */
  isPending(uri: string): boolean {
    return this.timers.has(uri) || this.background.has(uri) || this.queue.includes(uri);
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    clearTimeout(this.backgroundTimer);
    this.background.clear();
    this.queue.length = 0;
    for (const uri of [...this.waiters.keys()]) this.release(uri);
  }

  private release(uri: string): void {
    const list = this.waiters.get(uri);
    this.waiters.delete(uri);
    for (const resolve of list ?? []) resolve();
  }

  /** (Re)starts the pause after which background documents join the queue. */
  private holdBackground(): void {
    clearTimeout(this.backgroundTimer);
    this.backgroundTimer = setTimeout(() => {
      for (const uri of this.background) if (!this.queue.includes(uri)) this.queue.push(uri);
      this.background.clear();
      this.pump();
    }, this.backgroundDelayMs);
  }

  private pump(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const uri = this.queue.shift();
      if (uri !== undefined && !this.disposed) {
        this.lint(uri);
        this.release(uri);
      }
      this.pump();
    });
  }

  private clearTimer(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
