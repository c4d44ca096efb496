// The mask itself: a secret becomes as many "*" as it had bytes, so a masked body keeps its length,
// its chunk boundaries and whatever the program measured of it. Requests are matched on a form in
// which every mask reads "[REDACTED]", so a replay with another secret (a dummy key in CI, a token the
// recording handed back masked) matches the recording whatever the secret's length.

export const MASK_CHAR = '*';
export const PLACEHOLDER = '[REDACTED]';

/** Where a secret lies in a text: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** How a text maps to bytes: UTF-8 text, or a binary body read as Latin-1 (one character per byte). */
export type TextDomain = 'utf8' | 'latin1';

/** A mask, or an old recording's placeholder: nothing left to hide. */
export function isMasked(text: string): boolean {
  if (text === PLACEHOLDER) return true;
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) !== 42) return false;
  return text.length > 0;
}

/**
 * Sorts and merges the spans; a span that starts right after an escaping backslash (inside a JSON
 * string) starts one later, so the mask never turns `\n` into `\*`, which is not JSON.
 */
export function mergeSpans(text: string, spans: Span[]): Span[] {
  if (spans.length > 1) spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    if (start > 0 && text.charCodeAt(start - 1) === 92 && escapes(text, start - 1)) start++;
    if (start >= span.end) continue;
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start, end: span.end });
  }
  return merged;
}

/** True when the backslash at `index` starts an escape (an odd run of backslashes ends there). */
function escapes(text: string, index: number): boolean {
  let count = 0;
  while (index - count >= 0 && text.charCodeAt(index - count) === 92) count++;
  return count % 2 === 1;
}

export interface MaskedText {
  text: string;
  /** The spans in the masked text's coordinates (they move only when a masked secret had non-ASCII characters). */
  spans: Span[];
}

/** Replaces merged spans with masks of the same byte length. */
export function maskSpans(text: string, spans: readonly Span[], domain: TextDomain): MaskedText {
  if (spans.length === 0) return { text, spans: [] };
  let out = '';
  let at = 0;
  const moved: Span[] = [];
  for (const span of spans) {
    out += text.slice(at, span.start);
    const secret = text.slice(span.start, span.end);
    const length = domain === 'utf8' ? Buffer.byteLength(secret, 'utf8') : secret.length;
    moved.push({ start: out.length, end: out.length + length });
    out += MASK_CHAR.repeat(length);
    at = span.end;
  }
  return { text: out + text.slice(at), spans: moved };
}

const MASK_RUN = /\*{8,}/g;

/**
 * The text requests are matched by: each masked span, and each run of 8 or more mask characters
 * (a mask the recording served back, which the program sends again), reads "[REDACTED]". Returns the
 * text itself when there is nothing to replace, which is nearly always.
 */
export function matchingForm(masked: MaskedText): string {
  const { text, spans } = masked;
  if (spans.length === 0 && !text.includes('********')) return text;
  const all: Span[] = [...spans];
  MASK_RUN.lastIndex = 0;
  for (let match = MASK_RUN.exec(text); match !== null; match = MASK_RUN.exec(text)) {
    all.push({ start: match.index, end: match.index + match[0].length });
  }
  all.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of all) {
    if (span.end <= at) continue;
    out += text.slice(at, Math.max(at, span.start));
    if (span.start >= at) out += PLACEHOLDER;
    at = span.end;
  }
  return out + text.slice(at);
}
