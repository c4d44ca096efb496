// More shapes of method-taking helpers: a destructured options parameter with a default method,
// options destructured in the body with the rest spread into the request, an axios config passed
// whole, and verb helpers layered over a generic one (the caller's init spread under the verb).
import axios, { type AxiosRequestConfig } from 'axios';

const OPS = 'https://ops.example.com/api';

export async function opsFetch(path: string, { method = 'GET', body, headers }: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${OPS}${path}`, {
    method: method.toUpperCase(),
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(5_000),
  });
  return res.json();
}

export async function opsCall(path: string, options: { method?: string; json?: unknown; retries?: number } = {}) {
  const { retries = 0, ...init } = options;
  const res = await fetch(`${OPS}${path}`, { ...init, body: JSON.stringify(init.json), signal: AbortSignal.timeout(5_000) });
  return retries > 0 && !res.ok ? opsCall(path, { ...options, retries: retries - 1 }) : res.json();
}

export async function opsAxios<T>(config: AxiosRequestConfig): Promise<T> {
  const res = await axios.request<T>({ ...config, baseURL: OPS, timeout: 5_000 });
  return res.data;
}

export const opsPost = (path: string, body: unknown, init: { headers?: Record<string, string> } = {}) =>
  opsFetch(path, { ...init, method: 'post', body });
