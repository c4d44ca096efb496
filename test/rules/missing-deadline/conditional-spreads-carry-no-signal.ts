// Options that spread a conditional object literal visibly carry no signal when no branch holds one:
// `...(hasBody && { body })` adds a body or nothing, `...(query ? { headers } : {})` headers or nothing. Both are
// reported like the call without the spread. A conditional spread that forwards an optional received signal
// (`...(signal ? { signal } : {})`) is the caller's deadline when there is one, like `signal: maybeSignal` — clean;
// so is a spread of options we cannot see into. A deadline added only when a setting is configured
// (`...(timeoutMs && { signal: AbortSignal.timeout(timeoutMs) })`, `...(opts.timeout ? { timeout } : {})`) has no
// default: by default the call has none (test/corpus/README.md question 14).
const baseUrl = 'https://connect.example.com';

export async function send(method: string, path: string, args: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}${path}`, { // expect: missing-deadline
    method,
    headers: { 'content-type': 'application/json' },
    ...(Object.keys(args).length > 0 && ['post', 'put'].includes(method.toLowerCase()) && { body: JSON.stringify(args) }),
  });
  return response.json();
}

export async function list(path: string, token?: string) {
  const response = await fetch(`${baseUrl}${path}`, { // expect: missing-deadline
    method: 'GET',
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
  return response.json();
}

export async function sendWithin(path: string, body: string, signal?: AbortSignal) {
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', body, ...(signal ? { signal } : {}) });
  return response.json();
}

export async function sendTimed(path: string, body: string, timeoutMs?: number) {
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', body, ...(timeoutMs && { signal: AbortSignal.timeout(timeoutMs) }) }); // expect: missing-deadline
  return response.json();
}

export async function sendWith(path: string, init: RequestInit, extra: boolean) {
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', ...(extra && init) });
  return response.json();
}
