// The replay matching key: a request reduced to its canonical form (method, URL with sorted query,
// JSON body with sorted keys) and hashed. Computed on the redacted request, while recording and while
// replaying, so a live secret and its placeholder give the same key.
import { createHash } from 'node:crypto';
import type { Body } from './schema.js';

export interface CanonicalRequest {
  method: string;
  url: string;
  body: string;
}

export function canonicalRequest(method: string, url: string, body: Body | null): CanonicalRequest {
  return { method: method.toUpperCase(), url: canonicalUrl(url), body: canonicalBody(body) };
}

export function requestKey(canonical: CanonicalRequest): string {
  return createHash('sha256')
    .update(`${canonical.method} ${canonical.url}\n${canonical.body}`)
    .digest('hex')
    .slice(0, 16);
}

export function canonicalUrl(url: string): string {
  // Request URLs arrive normalised by the WHATWG URL parser; only a query needs sorting.
  if (!url.includes('?') && !url.includes('#')) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  parsed.searchParams.sort();
  parsed.hash = '';
  return parsed.toString();
}

function canonicalBody(body: Body | null): string {
  if (body === null) return '';
  if ('base64' in body) return `base64:${body.base64}`;
  const json = parseJson(body.text);
  return json === undefined ? body.text : stableStringify(json);
}

export function parseJson(text: string): unknown {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** JSON with object keys sorted, so key order never changes a key. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
