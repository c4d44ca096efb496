// The handful of ANSI styles the human formats use; a disabled style returns text unchanged,
// so formatters never branch on colour themselves.
export interface AnsiStyle {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export function ansiStyle(enabled: boolean): AnsiStyle {
  if (!enabled) return { red: plain, yellow: plain, green: plain, dim: plain, bold: plain, underline: plain };
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}

/** Pads plain text to `width` columns (callers style after padding so escapes never count). */
export function padEnd(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}
