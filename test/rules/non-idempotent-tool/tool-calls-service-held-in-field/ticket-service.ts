// The helpdesk and billing services the MCP server below holds in its fields. `open` and `refund`
// write; `find` and `invoice` only read.
const HELPDESK = process.env.HELPDESK_URL ?? 'https://helpdesk.example.com/api';

export class TicketService {
  async open(subject: string, body: string) {
    const res = await fetch(`${HELPDESK}/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject, body }),
      signal: AbortSignal.timeout(10_000),
    });
    return (await res.json()) as { id: string };
  }

  async find(id: string) {
    const res = await fetch(`${HELPDESK}/tickets/${id}`, { signal: AbortSignal.timeout(10_000) });
    return (await res.json()) as { id: string; status: string };
  }
}

export class BillingService {
  constructor(private readonly baseUrl: string) {}

  async refund(invoiceId: string, amountCents: number) {
    const res = await fetch(`${this.baseUrl}/invoices/${invoiceId}/refunds`, {
      method: 'POST',
      body: JSON.stringify({ amountCents }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.ok;
  }

  async invoice(invoiceId: string) {
    const res = await fetch(`${this.baseUrl}/invoices/${invoiceId}`, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }
}
