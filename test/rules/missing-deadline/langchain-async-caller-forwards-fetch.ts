// `caller.call(fetch, url, init)` makes `fetch(url, init)`: with no signal in `init` it has no deadline (and is
// retried 6 times). `callWithOptions({ signal }, fetch, …)` races every attempt with the signal.
import { AsyncCaller } from '@langchain/core/utils/async_caller';

const caller = new AsyncCaller({ maxRetries: 2 });

export async function loadFeed(url: string) {
  const res = await caller.call(fetch, url, { headers: { accept: 'application/json' } }); // expect: missing-deadline
  return res.json();
}

export async function loadFeedWithin(url: string) {
  const res = await caller.call(fetch, url, { signal: AbortSignal.timeout(8_000) });
  return res.json();
}

export async function loadFeedFor(url: string, signal: AbortSignal) {
  const res = await caller.callWithOptions({ signal }, fetch, url, { headers: { accept: 'application/json' } });
  return res.json();
}
