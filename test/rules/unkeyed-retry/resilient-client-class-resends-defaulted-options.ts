// A project's "resilient" HTTP client class: request(url, options?) defaults its options (`options ?? {}`) and re-sends
// whatever request it was given after a timeout or a network error. A caller that hands on its own caller's method
// (`call('POST', '/v1/workspaces', body)`) sends an unkeyed create through it: one finding, at the re-send (corpus
// README question 50). The second client, through which only reads go, is clean.
export class SturdyHttp {
  constructor(private readonly attempts = 3) {}

  async request(url: string, options?: RequestInit & { timeoutMs?: number }): Promise<Response> {
    const opts = options ?? {};
    let lastError: unknown;
    for (let attempt = 0; attempt < this.attempts; attempt++) {
      try {
        return await fetch(url, { ...opts, signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) }); // expect: unkeyed-retry
      } catch (error) {
        lastError = error;
        await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
      }
    }
    throw lastError;
  }
}

const http = new SturdyHttp();

async function call(method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await http.request(`https://api.example.com${path}`, { method, body: body ? JSON.stringify(body) : undefined });
  return res.json();
}

export const createWorkspace = (name: string) => call('POST', '/v1/workspaces', { name });
export const getWorkspace = (id: string) => call('GET', `/v1/workspaces/${id}`);

// Near-miss: the same client class, used only for reads.
export class SturdyReader {
  async request(url: string, options?: RequestInit): Promise<Response> {
    const opts = options || {};
    for (let attempt = 0; ; attempt++) {
      try {
        return await fetch(url, { ...opts, signal: AbortSignal.timeout(5_000) });
      } catch (error) {
        if (attempt >= 2) throw error;
      }
    }
  }
}

const reader = new SturdyReader();

export async function listWorkspaces(): Promise<unknown> {
  return (await reader.request('https://api.example.com/v1/workspaces')).json();
}
