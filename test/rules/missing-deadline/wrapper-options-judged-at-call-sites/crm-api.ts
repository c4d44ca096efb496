// Request helpers whose options come from their callers: each helper's fetch is judged by what its callers pass.
// `apiRequest` is called without a signal (by `createContact`), so its fetch can wait forever; every caller of
// `timedRequest` passes one; `passThrough` only ever gets options nobody here can see into; `unusedRequest` has no
// caller in the project at all.
const BASE = 'https://api.crm.example.com/v2';

export async function apiRequest(path: string, options: RequestInit = {}) {
  const res = await fetch(`${BASE}${path}`, { // expect: missing-deadline
    ...options,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.CRM_TOKEN}`, ...options.headers },
  });
  if (!res.ok) throw new Error(`CRM ${res.status}`);
  return res.json();
}

export async function timedRequest(path: string, init: RequestInit) {
  const res = await fetch(`${BASE}${path}`, { ...init, headers: { authorization: `Bearer ${process.env.CRM_TOKEN}` } });
  return res.json();
}

export async function passThrough(path: string, init?: RequestInit) {
  return fetch(`${BASE}${path}`, init);
}

export async function unusedRequest(path: string, init?: RequestInit) {
  return fetch(`${BASE}${path}`, { ...init });
}
