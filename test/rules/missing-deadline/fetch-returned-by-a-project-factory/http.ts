// Fetch factories of the project: each returns a fetch-like function, made once per caller. What a call
// site holds is only known by following the factory's return to the function it hands out.
import crossFetch from 'cross-fetch';
import wrapFetch from 'fetch-retry';

export type FetchType = (input: string | URL, init?: RequestInit) => Promise<Response>;

const proxy = process.env.HTTPS_PROXY;

/** cross-fetch, through the proxy when one is set; with fetch-retry on top unless no status is retried. */
export async function createFetch(options?: { retryOn?: number[]; retries?: number }): Promise<FetchType> {
  const { retryOn = [408, 429, 500, 504], retries = 5 } = options ?? {};
  const viaProxy: FetchType = proxy ? (url, init) => crossFetch(url, { ...(init || {}), agent: proxy } as RequestInit) : crossFetch;
  if (!retryOn.length) return viaProxy;
  return wrapFetch(viaProxy, { retryOn, retries });
}

/** A fetch whose every request is cut off after `ms`: the closure adds the deadline itself. */
export function createTimedFetch(ms: number): FetchType {
  return (url, init) => crossFetch(url, { ...init, signal: AbortSignal.timeout(ms) });
}

/** Not a fetch: the function it returns takes a record, not a URL, and posts it to a fixed address. */
export function createAuditSink(endpoint: string) {
  return (record: object) => crossFetch(endpoint, { method: 'POST', body: JSON.stringify(record) }); // expect: missing-deadline
}
