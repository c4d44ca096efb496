// Thin HTTP helpers whose method (and headers) come from the caller: each request is a read or a
// write depending on what the caller passes, so it is judged at each call site.
import axios from 'axios';

const CRM = process.env.CRM_URL ?? 'https://crm.example.com';

export interface CrmOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
}

/** `method: opts.method ?? 'GET'`, headers merged from the caller's. */
export async function crmRequest<T>(path: string, opts: CrmOptions = {}): Promise<T> {
  const res = await fetch(`${CRM}${path}`, {
    method: opts.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...opts.headers },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`CRM answered ${res.status}`);
  return (await res.json()) as T;
}

/** The method as a positional parameter. */
export async function request(path: string, method: 'GET' | 'POST', body?: unknown) {
  const res = await fetch(CRM + path, { method, body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(10_000) });
  return res.json();
}

/** The caller's whole RequestInit spread in (its method, if any, wins over nothing: GET by default). */
export async function call(path: string, init: RequestInit = {}) {
  const res = await fetch(`${CRM}/api${path}`, {
    ...init,
    headers: { authorization: `Bearer ${process.env.CRM_TOKEN}`, ...init.headers },
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}

/** A client class whose verbs all go through one method-taking `send`. */
export class BillingClient {
  constructor(private readonly base: string) {}

  private async send(method: string, path: string, data?: unknown) {
    const res = await axios({ method, url: `${this.base}${path}`, data, timeout: 10_000 });
    return res.data;
  }

  get(path: string) {
    return this.send('GET', path);
  }

  post(path: string, data: unknown) {
    return this.send('POST', path, data);
  }
}
