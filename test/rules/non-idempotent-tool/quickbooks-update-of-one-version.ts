// QuickBooks Online updates an entity by a POST to its collection carrying the entity's Id and the SyncToken of the
// version the caller read; a token that is no longer current is refused (error 5010), so a repeat sets the same fields
// or is turned away (README question 5: an update of given values, low confidence at most) — sent through a client
// helper with the body built first, or by fetch with the body inline. A create carries no Id or SyncToken: a new
// invoice or customer on every call, a finding.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

class Ledger {
  constructor(private readonly realm: string, private readonly token: string) {}

  private async call<T>(path: string, init: RequestInit): Promise<T> {
    const res = await fetch(`https://quickbooks.api.intuit.com/v3/company/${this.realm}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      signal: AbortSignal.timeout(15_000),
    });
    return (await res.json()) as T;
  }

  post<T>(path: string, data: unknown): Promise<T> {
    return this.call<T>(path, { method: 'POST', body: JSON.stringify(data) });
  }
}

const ledger = new Ledger(process.env.QBO_REALM ?? '', process.env.QBO_TOKEN ?? '');
const server = new McpServer({ name: 'books', version: '1.0.0' });

server.tool('rename_customer', { id: z.string(), syncToken: z.string(), name: z.string() }, async ({ id, syncToken, name }) => {
  const change: Record<string, unknown> = { Id: id, SyncToken: syncToken, sparse: true };
  change.DisplayName = name;
  const saved = await ledger.post('/customer', change); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(saved) }] };
});

server.tool('set_due_date', { id: z.string(), syncToken: z.string(), due: z.string() }, async ({ id, syncToken, due }) => {
  const res = await fetch(`https://quickbooks.api.intuit.com/v3/company/${process.env.QBO_REALM}/invoice`, { // expect: non-idempotent-tool confidence=low
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.QBO_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ Id: id, SyncToken: syncToken, sparse: true, DueDate: due }),
    signal: AbortSignal.timeout(15_000),
  });
  return { content: [{ type: 'text', text: await res.text() }] };
});

server.tool('open_invoice', { customerId: z.string(), amount: z.number() }, async ({ customerId, amount }) => {
  const draft = { CustomerRef: { value: customerId }, Line: [{ Amount: amount, DetailType: 'SalesItemLineDetail' }] };
  const made = await ledger.post('/invoice', draft); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(made) }] };
});

server.tool('add_customer', { name: z.string(), id: z.string() }, async ({ name, id }) => {
  const made = await ledger.post('/customer', { DisplayName: name, Notes: `ref ${id}` }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(made) }] };
});
