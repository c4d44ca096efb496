// Calls through the fetch the project's factories hand out: the returned function is cross-fetch
// (node-fetch in Node, no timeout unless one is passed), so each request is judged on its own init.
import crossFetch from 'cross-fetch';
import wrapFetch from 'fetch-retry';
import { createAuditSink, createFetch, createTimedFetch } from './http.js';

export async function findPullRequest(searchUrl: string, token: string) {
  const fetch = await createFetch({ retryOn: [] });
  const found = await fetch(searchUrl, { method: 'GET', headers: { Authorization: `Bearer ${token}` } }); // expect: missing-deadline
  return found.json();
}

export async function updateDescription(url: string, body: string) {
  const fetch = await createFetch({ retryOn: [] });
  // Near-miss: this request carries its own deadline.
  const res = await fetch(url, { method: 'PATCH', body, signal: AbortSignal.timeout(15_000) });
  return res.ok;
}

export async function closeThread(url: string) {
  // Near-miss: the factory's closure adds `signal: AbortSignal.timeout(ms)` to every request.
  const fetch = createTimedFetch(10_000);
  return fetch(url, { method: 'PATCH', body: JSON.stringify({ status: 'closed' }) });
}

export async function audit(event: object) {
  // Near-miss for this rule's new reach: the sink's closure takes a record, not a URL — its own
  // cross-fetch call (in http.ts) is where a deadline is missing, not this call.
  const send = createAuditSink('https://audit.example.com/events');
  await send(event);
}

export async function jobLog(url: string) {
  const get = wrapFetch(crossFetch, { retries: 3 });
  const log = await get(url); // expect: missing-deadline
  const raw = await crossFetch(`${url}/raw`); // expect: missing-deadline
  return [await log.text(), await raw.text()];
}
