// The billing API client the provider hands each tool's `run` (as its third argument).
export default class BillingClient {
  constructor(private token: string) {}

  async createCredit(customerId: string, cents: number) {
    const res = await fetch('https://billing.example.com/credits', {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ customerId, cents }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.json();
  }

  async createRepo(name: string) {
    const res = await fetch('https://git.example.com/api/v3/user/repos', {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ name }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.json();
  }
}
