// Bodies as a person reads them: JSON pretty-printed, other text as is, binary as a size. Very long
// bodies are cut, saying how much was left out, so one huge response cannot stall the view.
import type { Body } from '../../recorder/schema.js';
import { formatBytes } from '../format-duration.js';

const MAX_LINES = 400;

export function bodyLines(body: Body | null): string[] {
  if (body === null) return ['(no body)'];
  if ('base64' in body) return [`(${formatBytes(Buffer.from(body.base64, 'base64').length)} of binary data)`];
  if (body.text === '') return ['(empty)'];
  return limit(prettyText(body.text).split('\n'));
}

/** JSON re-indented with two spaces; anything else unchanged. */
export function prettyText(text: string): string {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function limit(lines: string[]): string[] {
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES), `… ${lines.length - MAX_LINES} more lines`];
}
