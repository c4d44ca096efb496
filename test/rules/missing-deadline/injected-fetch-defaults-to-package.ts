// A function that takes its fetch as an injected dependency (so tests can pass a fake) and defaults it to
// node-fetch: the request goes through node-fetch wherever no caller passes another, with no deadline. The
// twins: a default of `fetch` with a signal passed, and an injected fetch with no default (unknown: not reported).
import fetch, { type RequestInit } from 'node-fetch';

type Fetch = (url: string, init: RequestInit) => Promise<{ ok: boolean; status: number }>;

export async function updateReference({ url, sha, fetchFn = fetch }: { url: string; sha: string; fetchFn?: Fetch }) {
  const response = await fetchFn(url, { method: 'PATCH', body: JSON.stringify({ sha }) }); // expect: missing-deadline
  return response.ok;
}

export async function updateReferenceWithDeadline({ url, sha, fetchFn = fetch }: { url: string; sha: string; fetchFn?: Fetch }) {
  const response = await fetchFn(url, { method: 'PATCH', body: JSON.stringify({ sha }), signal: AbortSignal.timeout(10_000) as never });
  return response.ok;
}

export async function updateReferenceWith(url: string, sha: string, send: Fetch) {
  const response = await send(url, { method: 'PATCH', body: JSON.stringify({ sha }) });
  return response.ok;
}

export async function ping(url: string, get: Fetch = fetch) {
  return get(url, {}); // expect: missing-deadline
}
