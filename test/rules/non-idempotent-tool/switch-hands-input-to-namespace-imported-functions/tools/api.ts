export class HelpdeskApi {
  constructor(private readonly base: string) {}

  async create(path: string, body: unknown) {
    const res = await fetch(`${this.base}/${path}`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    return res.json();
  }

  async list(path: string, query: Record<string, string>) {
    const res = await fetch(`${this.base}/${path}?${new URLSearchParams(query)}`, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }
}
