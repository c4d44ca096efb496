// Finds every occurrence of known strings in a text. A few go through one regular expression, which
// V8 scans for literals very fast; but an alternation costs more per character with every value added
// (50 values: milliseconds on a 40 KB body), so beyond a few dozen a rolling hash of each 8-character
// window is looked up in a 64 K-entry filter, and only the rare window whose hash some value starts
// with is compared for real (Rabin-Karp): the same cost for 30 values or 3,000. Strings shorter than
// the window (a short --redact-env value) always go through the expression.
import { escapeRegExp } from './secret-values.js';
import type { Span } from './mask.js';

const WINDOW = 8;
/** Up to this many strings, one regular expression is faster than hashing every window. */
const MOST_FOR_EXPRESSION = 24;
const BASE = 0x01000193;
const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** BASE^(WINDOW-1) modulo 2^32: the weight of the character leaving the window. */
const LEAVING_WEIGHT = (() => {
  let weight = 1;
  for (let index = 0; index < WINDOW - 1; index++) weight = Math.imul(weight, BASE);
  return weight;
})();

function windowHash(text: string, start: number): number {
  let hash = 0;
  for (let index = start; index < start + WINDOW; index++) hash = (Math.imul(hash, BASE) + text.charCodeAt(index)) | 0;
  return hash;
}

export class ValueIndex {
  private readonly filter = new Uint8Array(1 << FILTER_BITS);
  /** Values by the hash of their first window, longest first. */
  private readonly byHash = new Map<number, string[]>();
  /** The strings not hashed, as one expression. */
  private readonly short: RegExp | null;

  constructor(values: Iterable<string>) {
    const all = [...values].filter((value) => value.length > 0);
    const hashed = all.length > MOST_FOR_EXPRESSION ? all.filter((value) => value.length >= WINDOW) : [];
    for (const value of hashed) {
      const hash = windowHash(value, 0);
      this.filter[hash & FILTER_MASK] = 1;
      const list = this.byHash.get(hash) ?? [];
      list.push(value);
      list.sort((a, b) => b.length - a.length);
      this.byHash.set(hash, list);
    }
    const rest = hashed.length === 0 ? all : all.filter((value) => value.length < WINDOW);
    rest.sort((a, b) => b.length - a.length);
    this.short = rest.length === 0 ? null : new RegExp(rest.map(escapeRegExp).join('|'), 'g');
  }

  /** Adds a span for each occurrence (overlapping ones too: the caller merges them). */
  find(text: string, spans: Span[]): void {
    if (this.byHash.size > 0 && text.length >= WINDOW) this.findLong(text, spans);
    if (this.short) {
      this.short.lastIndex = 0;
      for (let match = this.short.exec(text); match !== null; match = this.short.exec(text)) {
        spans.push({ start: match.index, end: match.index + match[0].length });
      }
    }
  }

  private findLong(text: string, spans: Span[]): void {
    const filter = this.filter;
    let hash = windowHash(text, 0);
    for (let start = 0; ; start++) {
      if (filter[hash & FILTER_MASK] === 1) this.compare(text, start, hash, spans);
      const entering = start + WINDOW;
      if (entering >= text.length) return;
      hash = (Math.imul((hash - Math.imul(text.charCodeAt(start), LEAVING_WEIGHT)) | 0, BASE) + text.charCodeAt(entering)) | 0;
    }
  }

  private compare(text: string, start: number, hash: number, spans: Span[]): void {
    const candidates = this.byHash.get(hash);
    if (!candidates) return;
    for (const value of candidates) {
      if (text.startsWith(value, start)) {
        spans.push({ start, end: start + value.length });
        return;
      }
    }
  }
}
