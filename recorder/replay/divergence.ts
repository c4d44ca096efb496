// The report replay gives when the program does something the recording does not hold: a request
// with no recorded match (with the expected request and the closest candidates), or more clock or
// random reads at a user call site than were recorded. Crosses from the program to the CLI as JSON.
import { z } from 'zod';
import { canonicalUrl } from '../fingerprint.js';
import { bodyText } from '../body.js';
import { SiteSchema, type Site } from '../schema.js';
import type { RecordedExchange, ReplayTape } from './replay-tape.js';
import { requestDifferences, type ComparableRequest } from './request-differences.js';

const RequestSummarySchema = z.object({
  method: z.string(),
  url: z.string(),
  body: z.string(),
  site: SiteSchema.nullable(),
});
export type RequestSummary = z.infer<typeof RequestSummarySchema>;

const CandidateSchema = z.object({
  /** Index of the recorded request among the recording's events (0-based). */
  eventIndex: z.number().int(),
  request: RequestSummarySchema,
  alreadyReplayed: z.boolean(),
  differences: z.array(z.string()),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const DivergenceReportSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('http'),
    proc: z.string(),
    pid: z.number().int(),
    actual: RequestSummarySchema,
    expected: CandidateSchema.nullable(),
    candidates: z.array(CandidateSchema),
  }),
  z.object({
    kind: z.literal('value'),
    proc: z.string(),
    pid: z.number().int(),
    source: z.string(),
    site: SiteSchema,
    recordedReads: z.number().int(),
  }),
  z.object({
    kind: z.literal('hang'),
    proc: z.string(),
    pid: z.number().int(),
    request: RequestSummarySchema,
    /** Why the connection stayed silent: a timeout fault, or the program aborted it when recorded. */
    reason: z.enum(['fault', 'recorded-abort']),
    capMs: z.number(),
  }),
]);
export type DivergenceReport = z.infer<typeof DivergenceReportSchema>;

const MAX_CANDIDATES = 3;

export function httpDivergence(tape: ReplayTape, proc: string, actual: RequestSummary): DivergenceReport {
  const live: ComparableRequest = { method: actual.method, url: canonicalUrl(actual.url), body: actual.body };
  const toCandidate = (exchange: RecordedExchange): Candidate => ({
    eventIndex: exchange.index,
    request: summarise(exchange),
    alreadyReplayed: exchange.claimed,
    differences: requestDifferences(comparable(exchange), live),
  });
  const next = tape.nextUnclaimed();
  const ranked = tape.exchanges
    .map(toCandidate)
    .sort(
      (a, b) =>
        Number(b.request.method === actual.method && sameEndpoint(b.request.url, actual.url)) -
          Number(a.request.method === actual.method && sameEndpoint(a.request.url, actual.url)) ||
        Number(a.alreadyReplayed) - Number(b.alreadyReplayed) ||
        a.differences.length - b.differences.length ||
        a.eventIndex - b.eventIndex,
    );
  return {
    kind: 'http',
    proc,
    pid: process.pid,
    actual,
    expected: next ? toCandidate(next) : null,
    candidates: ranked.slice(0, MAX_CANDIDATES),
  };
}

export function hangReport(proc: string, request: RequestSummary, reason: 'fault' | 'recorded-abort', capMs: number): DivergenceReport {
  return { kind: 'hang', proc, pid: process.pid, request, reason, capMs };
}

export function valueDivergence(proc: string, source: string, site: Site, recordedReads: number): DivergenceReport {
  return { kind: 'value', proc, pid: process.pid, source, site, recordedReads };
}

function summarise(exchange: RecordedExchange): RequestSummary {
  const { request } = exchange;
  return { method: request.method, url: request.url, body: bodyText(request.body), site: request.site ?? null };
}

function comparable(exchange: RecordedExchange): ComparableRequest {
  const { request } = exchange;
  return { method: request.method, url: canonicalUrl(request.url), body: bodyText(request.body) };
}

function sameEndpoint(a: string, b: string): boolean {
  try {
    const left = new URL(a);
    const right = new URL(b);
    return left.origin === right.origin && left.pathname === right.pathname;
  } catch {
    return a === b;
  }
}
