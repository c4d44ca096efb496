// Side-effecting requests sent more than once: POST and PATCH exchanges that were not LLM calls,
// grouped by method, URL and body (idempotency-key fields left out). A repeat after a failed attempt
// (no response, 408, 429, 5xx, a broken body) is a retry and needs the same key as the attempt
// before it; a repeat after a success is a duplicate side effect unless both carry the same key.
// Which header and field names carry a key comes from the caller (the CLI passes the static rules'
// table), so the recorder does not depend on rules/.
import { canonicalUrl, parseJson, stableStringify } from '../../fingerprint.js';
import { exchangeEvents, type Timeline, type TimelineEntry } from '../timeline.js';
import type { CheckedEvent, CheckFinding } from './check-finding.js';

const SIDE_EFFECT_METHODS = new Set(['POST', 'PATCH']);
/** POST endpoints that only read (search, embeddings): repeating them changes nothing. */
const READ_ONLY_PATH = /\/(search|query|embeddings|lookup|retrieve|count_tokens|tokenize)(\/|$)/i;

interface Attempt {
  entry: TimelineEntry;
  key: string | null;
  /** Why the attempt failed, or null when it got a usable answer. */
  failure: string | null;
  status: number | null;
}

export function repeatedRequestFindings(timeline: Timeline, keyNames: readonly string[]): CheckFinding[] {
  const names = new Set(keyNames.map((name) => name.toLowerCase()));
  const groups = new Map<string, Attempt[]>();
  for (const entry of timeline.entries) {
    if (entry.kind !== 'http') continue;
    const { request, response, end } = exchangeEvents(timeline, entry);
    if (!request || !SIDE_EFFECT_METHODS.has(request.method.toUpperCase()) || READ_ONLY_PATH.test(pathOf(request.url))) continue;
    const body = request.body && 'text' in request.body ? request.body.text : '';
    const { canonicalBody, bodyKey } = withoutKeyFields(body, names);
    const group = `${request.method.toUpperCase()} ${canonicalUrl(request.url)}\n${canonicalBody}`;
    const attempt: Attempt = { entry, key: headerKey(request.headers, names) ?? bodyKey, failure: failureOf(response?.status ?? null, end?.error), status: response?.status ?? null };
    const attempts = groups.get(group);
    if (attempts) attempts.push(attempt);
    else groups.set(group, [attempt]);
  }

  const findings: CheckFinding[] = [];
  for (const attempts of groups.values()) {
    for (let index = 1; index < attempts.length; index++) {
      const previous = attempts[index - 1] as Attempt;
      const current = attempts[index] as Attempt;
      const keyed = current.key !== null && current.key === previous.key;
      if (keyed) continue;
      if (previous.failure) findings.push(retryFinding(timeline, previous, current));
      else findings.push(duplicateFinding(timeline, previous, current, index + 1));
    }
  }
  return findings;
}

/** `previous` is the attempt just before, which succeeded; `count` how many times the request went out so far. */
function duplicateFinding(timeline: Timeline, previous: Attempt, current: Attempt, count: number): CheckFinding {
  const request = describe(timeline, current.entry);
  const keyNote = current.key !== null || previous.key !== null ? 'with a different idempotency key each time' : 'with no idempotency key';
  const times = count === 2 ? 'twice' : `${count} times`;
  const before = eventId(timeline, previous.entry);
  return {
    check: 'duplicate-side-effect',
    confidence: 'high',
    message: `${request} was sent ${times} with the same body ${keyNote}: event ${eventId(timeline, current.entry)} repeats event ${before}, which had succeeded (${previous.status ?? 'answered'}), so the side effect happened again`,
    event: checkedEvent(timeline, current.entry),
    related: [{ ...checkedEvent(timeline, previous.entry), message: `sent before here (event ${before}, ${previous.status ?? 'answered'})` }],
  };
}

function retryFinding(timeline: Timeline, previous: Attempt, current: Attempt): CheckFinding {
  const request = describe(timeline, current.entry);
  const keyNote = current.key === null ? 'with no idempotency key' : `with a key that changed between attempts (${previous.key ?? 'none'} → ${current.key})`;
  return {
    check: 'retry-without-key',
    confidence: 'high',
    message: `${request} was retried after ${previous.failure} ${keyNote} (event ${eventId(timeline, current.entry)} repeats event ${eventId(timeline, previous.entry)}): if the first attempt reached the server, the side effect happened twice`,
    event: checkedEvent(timeline, current.entry),
    related: [{ ...checkedEvent(timeline, previous.entry), message: `failed attempt (event ${eventId(timeline, previous.entry)}: ${previous.failure})` }],
  };
}

function failureOf(status: number | null, bodyError: string | undefined): string | null {
  if (status === null) return bodyError ? `a failure (${bodyError})` : 'no response (a timeout or a dropped connection)';
  if (status === 408 || status === 429 || status >= 500) return `HTTP ${status}`;
  if (bodyError) return `a broken response body (${bodyError})`;
  return null;
}

function headerKey(headers: Record<string, string>, names: ReadonlySet<string>): string | null {
  for (const [name, value] of Object.entries(headers)) if (names.has(name.toLowerCase())) return value;
  return null;
}

/** The body's canonical text without top-level key fields, and the key it carried. */
function withoutKeyFields(text: string, names: ReadonlySet<string>): { canonicalBody: string; bodyKey: string | null } {
  const json = parseJson(text);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { canonicalBody: json === undefined ? text : stableStringify(json), bodyKey: null };
  let bodyKey: string | null = null;
  const rest: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(json as Record<string, unknown>)) {
    if (names.has(name.toLowerCase())) bodyKey = String(value);
    else rest[name] = value;
  }
  return { canonicalBody: stableStringify(rest), bodyKey };
}

function describe(timeline: Timeline, entry: TimelineEntry): string {
  const request = timeline.events[entry.event];
  return request?.type === 'http.request' ? `${request.method} ${request.url}` : 'the request';
}

export function checkedEvent(timeline: Timeline, entry: TimelineEntry): CheckedEvent {
  const event = timeline.events[entry.event];
  return { id: event?.id ?? '?', line: entry.event + 2, site: event?.site ?? null };
}

function eventId(timeline: Timeline, entry: TimelineEntry): string {
  return timeline.events[entry.event]?.id ?? '?';
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
