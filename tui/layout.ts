// How the screen is divided for a terminal size: three header lines, the list, a title line for the
// details, the details, and the help line; and how a list row's width is split into its columns.

export const HEADER_LINES = 3;
const FIXED_LINES = HEADER_LINES + 2;

export interface ViewLayout {
  columns: number;
  rows: number;
  listHeight: number;
  detailsHeight: number;
  /** Cells of the waterfall column and of the duration column; the label takes the rest. */
  barWidth: number;
  durationWidth: number;
  labelWidth: number;
}

export function viewLayout(columns: number, rows: number): ViewLayout {
  const usable = Math.max(2, rows - FIXED_LINES);
  const listHeight = Math.max(1, Math.ceil(usable * 0.55));
  const detailsHeight = Math.max(1, usable - listHeight);
  const barWidth = Math.max(8, Math.min(40, Math.floor(columns * 0.22)));
  const durationWidth = 7;
  // One cell for the selection mark, one space before the bar and one before the duration.
  const labelWidth = Math.max(10, columns - barWidth - durationWidth - 3);
  return { columns, rows, listHeight, detailsHeight, barWidth, durationWidth, labelWidth };
}
