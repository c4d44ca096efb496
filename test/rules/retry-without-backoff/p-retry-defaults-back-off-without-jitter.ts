// p-retry backs off exponentially from 1 s but leaves `randomize` false unless told: callers that
// failed together retry together. `randomize: true` clears it; `retries: Infinity` never stops
// unless `maxRetryTime` bounds it.
import pRetry from 'p-retry';

const CRM = 'https://crm.example.com/api';

export async function fetchAccount(id: string) {
  return pRetry(() => fetch(`${CRM}/accounts/${id}`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.json())); // expect: retry-without-backoff
}

export async function fetchContacts(id: string) {
  return pRetry( // expect: retry-without-backoff
    () => fetch(`${CRM}/accounts/${id}/contacts`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.json()),
    { retries: 5, minTimeout: 500 },
  );
}

export async function fetchDeals(id: string) {
  return pRetry(() => fetch(`${CRM}/accounts/${id}/deals`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.json()), {
    retries: 5,
    randomize: true,
  });
}

export async function fetchNotes(id: string) {
  return pRetry(() => fetch(`${CRM}/accounts/${id}/notes`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.json()), { // expect: retry-without-backoff
    retries: Infinity,
    randomize: true,
  });
}

export async function fetchTasks(id: string) {
  return pRetry(() => fetch(`${CRM}/accounts/${id}/tasks`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.json()), {
    retries: Infinity,
    maxRetryTime: 60_000,
    randomize: true,
  });
}

export async function fetchWith(id: string, options: { retries: number }) {
  // Options we cannot see into are never a finding.
  return pRetry(() => fetch(`${CRM}/accounts/${id}/files`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.json()), options);
}
