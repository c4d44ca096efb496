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

// Options written as a local object and completed afterwards: the signal set on them after the literal counts; a
// header set the same way is no deadline.
export async function proxy(endpoint: string, body?: unknown) {
  const fetchOptions: RequestInit = { method: 'POST', headers: { 'Content-Type': 'application/json' } };
  if (body) fetchOptions.body = JSON.stringify(body);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 30_000);
  fetchOptions.signal = controller.signal;
  const response = await fetch(`https://proxy.example.com/${endpoint}`, fetchOptions);
  clearTimeout(timer);
  return response.text();
}

export async function forward(endpoint: string, token: string) {
  const init: RequestInit = { method: 'GET' };
  init.headers = { Authorization: `Bearer ${token}` };
  return fetch(`https://proxy.example.com/${endpoint}`, init); // expect: missing-deadline
}
