// The HTTP client every tool module is handed.
export class LedgerApi {
  constructor(private readonly token: string) {}

  async request(method: string, path: string, body?: unknown): Promise<unknown> {
    const res = await fetch(`https://ledger.example.com/v2${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    return res.json();
  }

  get(path: string): Promise<unknown> {
    return this.request('GET', path);
  }

  post(path: string, body: unknown): Promise<unknown> {
    return this.request('POST', path, body);
  }
}
