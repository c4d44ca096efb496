// Names recorded requests on the command line: an event id as `view` shows it (`1:4`; any event of
// an exchange names its request), or a matcher — an optional method, a URL pattern with `*`
// wildcards (a full URL, or a path starting with `/`, query included), and an optional `#n` for the
// n-th matching request (1-based). Used by `--fault` and `--live`.
import { z } from 'zod';

export const RequestMatcherSchema = z.object({
  method: z.string().nullable(),
  /** The pattern as written: a full URL or a path (with its query), `*` matching any run of characters. */
  pattern: z.string(),
  /** 1-based: the n-th request the method and pattern match; null for every match. */
  nth: z.number().int().positive().nullable(),
});
export type RequestMatcher = z.infer<typeof RequestMatcherSchema>;

const EVENT_ID = /^\d+(?:\.\d+)*(?:~[0-9a-f]+)?:\d+$/;

export function isEventId(text: string): boolean {
  return EVENT_ID.test(text);
}

export class MatcherSyntaxError extends Error {
  override name = 'MatcherSyntaxError';
}

export function parseRequestMatcher(text: string): RequestMatcher {
  const trimmed = text.trim();
  const nthMatch = /#(\d+)$/.exec(trimmed);
  const withoutNth = nthMatch ? trimmed.slice(0, nthMatch.index) : trimmed;
  const nth = nthMatch ? Number(nthMatch[1]) : null;
  if (nth === 0) throw new MatcherSyntaxError(`${JSON.stringify(text)}: #n counts from 1`);
  const parts = withoutNth.split(/\s+/).filter(Boolean);
  const [first, second] = parts;
  if (parts.length === 0 || parts.length > 2 || first === undefined) {
    throw new MatcherSyntaxError(`${JSON.stringify(text)}: expected an event id (1:4) or [METHOD] <url or /path pattern>[#n]`);
  }
  const method = second === undefined ? null : first.toUpperCase();
  const pattern = second ?? first;
  if (method !== null && !/^[A-Z]+$/.test(method)) throw new MatcherSyntaxError(`${JSON.stringify(text)}: ${JSON.stringify(first)} is not an HTTP method`);
  if (!pattern.startsWith('/') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(pattern) && !pattern.startsWith('*')) {
    throw new MatcherSyntaxError(`${JSON.stringify(text)}: the URL pattern must be a full URL, a path starting with /, or start with *`);
  }
  return { method, pattern, nth };
}

/** True when the request's method and URL fit (the n-th is counted by the caller). */
export function matchesRequest(matcher: RequestMatcher, method: string, url: string): boolean {
  if (matcher.method !== null && matcher.method !== method.toUpperCase()) return false;
  const target = matcher.pattern.startsWith('/') ? pathAndQuery(url) : url;
  return globToRegExp(matcher.pattern).test(target);
}

export function describeMatcher(matcher: RequestMatcher): string {
  return `${matcher.method ? `${matcher.method} ` : ''}${matcher.pattern}${matcher.nth === null ? '' : `#${matcher.nth}`}`;
}

function pathAndQuery(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

const compiled = new Map<string, RegExp>();

function globToRegExp(pattern: string): RegExp {
  let regex = compiled.get(pattern);
  if (!regex) {
    const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
    // A pattern without a query matches URLs with any query.
    regex = new RegExp(`^${source}${pattern.includes('?') || pattern.endsWith('*') ? '' : '(?:\\?.*)?'}$`);
    compiled.set(pattern, regex);
  }
  return regex;
}
