// One row of the waterfall: where an entry starts and how long it lasts, drawn as a bar on the run's
// time axis in `width` cells. Instants get a thin mark so they stay visible on a long run.

export interface Axis {
  start: number;
  end: number;
}

export function waterfallBar(start: number, end: number | null, axis: Axis, width: number): string {
  if (width <= 0) return '';
  const span = Math.max(axis.end - axis.start, 1e-9);
  const cell = (time: number) => Math.min(width - 1, Math.max(0, Math.floor(((time - axis.start) / span) * width)));
  const from = cell(start);
  if (end === null || end <= start) {
    return `${' '.repeat(from)}│${' '.repeat(width - from - 1)}`;
  }
  const to = Math.max(from, Math.min(width - 1, Math.ceil(((end - axis.start) / span) * width) - 1));
  return `${' '.repeat(from)}${'█'.repeat(to - from + 1)}${' '.repeat(width - to - 1)}`;
}
