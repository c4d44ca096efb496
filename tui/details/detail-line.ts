// A line of the details pane and the few ways lines are made: section titles, `key  value` pairs,
// indented blocks, and wrapping to the pane's width (continuations keep the indent).

export type Tone = 'title' | 'label' | 'plain' | 'dim' | 'error';

export interface DetailLine {
  text: string;
  tone: Tone;
}

export const title = (text: string): DetailLine => ({ text, tone: 'title' });
export const plain = (text: string, indent = 2): DetailLine => ({ text: `${' '.repeat(indent)}${text}`, tone: 'plain' });
export const dim = (text: string, indent = 2): DetailLine => ({ text: `${' '.repeat(indent)}${text}`, tone: 'dim' });
export const failure = (text: string, indent = 2): DetailLine => ({ text: `${' '.repeat(indent)}${text}`, tone: 'error' });
export const label = (text: string, indent = 2): DetailLine => ({ text: `${' '.repeat(indent)}${text}`, tone: 'label' });

/** `name  value` with names padded to one column. */
export function fields(pairs: Array<[string, string | number | null | undefined]>, indent = 2): DetailLine[] {
  const shown = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '');
  const width = Math.max(0, ...shown.map(([name]) => name.length));
  return shown.map(([name, value]) => plain(`${name.padEnd(width)}  ${String(value)}`, indent));
}

/** Each line of `text` as its own line, indented. */
export function block(text: string, indent = 4, tone: Tone = 'plain'): DetailLine[] {
  return text.split('\n').map((line) => ({ text: `${' '.repeat(indent)}${line}`, tone }));
}

/** Splits lines longer than `width` cells; continuations are indented two past the original. */
export function wrapLines(lines: readonly DetailLine[], width: number): DetailLine[] {
  const out: DetailLine[] = [];
  const limit = Math.max(10, width);
  for (const line of lines) {
    if (line.text.length <= limit) {
      out.push(line);
      continue;
    }
    const indent = Math.min(line.text.length - line.text.trimStart().length + 2, Math.floor(limit / 2));
    out.push({ text: line.text.slice(0, limit), tone: line.tone });
    const step = limit - indent;
    for (let at = limit; at < line.text.length; at += step) {
      out.push({ text: `${' '.repeat(indent)}${line.text.slice(at, at + step)}`, tone: line.tone });
    }
  }
  return out;
}
