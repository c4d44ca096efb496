// A function passed by reference to a retrying caller is what gets called and retried: `caller.call(fetch, url,
// init)` runs `fetch(url, init)` under AsyncCaller's p-retry (6 retries by default). A POST with no key is a
// finding; a GET, and a POST keyed from the event's own id, are not.
import { AsyncCaller } from '@langchain/core/utils/async_caller';

const caller = new AsyncCaller({ maxConcurrency: 2 });

export async function notifyWebhook(url: string, event: { id: string; type: string }) {
  return caller.call(fetch, url, { method: 'POST', body: JSON.stringify(event), signal: AbortSignal.timeout(5_000) }); // expect: unkeyed-retry
}

export async function readWebhookStatus(url: string) {
  return caller.call(fetch, url, { signal: AbortSignal.timeout(5_000) });
}

export async function notifyWebhookKeyed(url: string, event: { id: string; type: string }) {
  return caller.call(fetch, url, {
    method: 'POST',
    headers: { 'Idempotency-Key': `event-${event.id}` },
    body: JSON.stringify(event),
    signal: AbortSignal.timeout(5_000),
  });
}
