// The project's own REST client for a ledger service: every method goes through request(), a fetch with the method given.
export class LedgerClient {
  constructor(private readonly token: string) {}

  private async request(method: string, path: string, body?: unknown) {
    const res = await fetch(`https://ledger.example.com/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    return res.json();
  }

  listEntries(query: Record<string, string>) {
    return this.request('GET', `/entries?${new URLSearchParams(query)}`);
  }

  postEntry(entry: { account: string; amount: number }) {
    return this.request('POST', '/entries', entry);
  }

  emailReceipt(id: string) {
    return this.request('POST', `/entries/${id}/receipts`);
  }
}

/** The same methods over an in-memory list: what a preview tool is handed, so a preview posts nothing. */
export class DryRunLedger {
  readonly drafted: Array<{ account: string; amount: number }> = [];

  postEntry(entry: { account: string; amount: number }) {
    this.drafted.push(entry);
    return { ...entry, draft: true };
  }
}
