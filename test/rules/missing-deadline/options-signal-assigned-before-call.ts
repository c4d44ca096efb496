// A helper that sets a timeout signal on the options it is handed bounds its fetch, whatever its callers pass;
// one that only sets the method does not.
async function fetchWithTimeout(url: string, options: RequestInit, timeoutMs: number) {
  options.signal = AbortSignal.timeout(timeoutMs);
  return fetch(url, options);
}

async function postJson(url: string, options: RequestInit) {
  options.method = 'POST';
  return fetch(url, options); // expect: missing-deadline
}

export async function sync(payload: unknown) {
  await fetchWithTimeout('https://api.example.com/v1/sync', { method: 'POST', body: JSON.stringify(payload) }, 10_000);
  await postJson('https://api.example.com/v1/sync', { body: JSON.stringify(payload) });
}

export async function poll(url: string, urgent: boolean) {
  let init: RequestInit = { method: 'GET' };
  if (urgent) init = { method: 'GET', signal: AbortSignal.timeout(1_000) };
  return fetch(url, init); // expect: missing-deadline
}
