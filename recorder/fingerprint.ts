// The replay matching key: a request reduced to its canonical form (method, URL with sorted query,
// JSON body with sorted keys) and hashed. Computed on the redacted request, while recording and while
// replaying, so a live secret and its placeholder give the same key.
import nodeCrypto, { createHash } from 'node:crypto';
import type { Body } from './schema.js';

export interface CanonicalRequest {
  method: string;
  url: string;
  body: string;
}

/** `json` is the body already parsed by the caller (undefined when it is not JSON), to parse it once. */
export function canonicalRequest(method: string, url: string, body: Body | null, json: unknown = jsonOf(body)): CanonicalRequest {
  return { method: method.toUpperCase(), url: canonicalUrl(url), body: canonicalBody(body, json) };
}

export function requestKey(canonical: CanonicalRequest): string {
  return sha256Hex(`${canonical.method} ${canonical.url}\n${canonical.body}`).slice(0, 16);
}

// crypto.hash (Node 20.12+) hashes in one call, without a Hash object.
const sha256Hex: (text: string) => string =
  typeof nodeCrypto.hash === 'function'
    ? (text) => nodeCrypto.hash('sha256', text, 'hex')
    : (text) => createHash('sha256').update(text).digest('hex');

export function jsonOf(body: Body | null): unknown {
  return body !== null && 'text' in body ? parseJson(body.text) : undefined;
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

function canonicalBody(body: Body | null, json: unknown): string {
  if (body === null) return '';
  if ('base64' in body) return `base64:${body.base64}`;
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
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index++) out += (index === 0 ? '' : ',') + stableStringify(value[index]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  // Default sort order compares UTF-16 code units, as `<` does.
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${stableStringify(item)}`;
  }
  return `${out}}`;
}
