// The "analysing 120/1,000 files" line for long runs on a terminal: drawn on stderr, redrawn in place
// at most every 100 ms, shown only after the run has taken half a second, erased when the run ends.
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressLine {
  update(done: number, total: number): void;
  clear(): void;
}

const SHOW_AFTER_MS = 500;
const REDRAW_EVERY_MS = 100;

export const silentProgress: ProgressLine = { update() {}, clear() {} };

export function progressLine(stream: ProgressStream, now: () => number = Date.now): ProgressLine {
  const startedAt = now();
  let lastDrawn = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const at = now();
      if (at - startedAt < SHOW_AFTER_MS || at - lastDrawn < REDRAW_EVERY_MS) return;
      lastDrawn = at;
      drawn = true;
      stream.write(`\r\u001b[Kagentvet: analysing ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} files`);
    },
    clear() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
