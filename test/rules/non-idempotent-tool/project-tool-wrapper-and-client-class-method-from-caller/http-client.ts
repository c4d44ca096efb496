// The project's HTTP client class: each verb method hands its method name down through a hook chain
// (`withHooks(req, (req) => this.perform(req))`) to the one place that calls fetch with `method: req.method`.
import { withHooks } from './hooks.js';

export interface ApiRequest {
  method: string;
  path: string;
  body?: unknown;
}

export class ApiClient {
  constructor(private readonly baseUrl: string, private readonly token: string) {}

  get<T>(path: string): Promise<T> {
    return this.send<T>({ method: 'GET', path });
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.send<T>({ method: 'POST', path, body });
  }

  private async send<T>(req: ApiRequest): Promise<T> {
    return (await withHooks(req, async (req) => this.perform(req))) as T;
  }

  private async perform(req: ApiRequest): Promise<unknown> {
    const init: RequestInit = {
      method: req.method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(15_000),
    };
    if (req.method !== 'GET' && req.body !== undefined) init.body = JSON.stringify(req.body);
    const res = await fetch(`${this.baseUrl}/${req.path}`, init);
    if (!res.ok) throw new Error(`request failed: ${res.status}`);
    return res.json();
  }
}

export function queueClient(params: { apiKey?: string }): ApiClient {
  const key = params.apiKey ?? process.env.QUEUE_API_KEY;
  if (!key) throw new Error('no queue API key');
  return new ApiClient('https://queue.example.com', key);
}
