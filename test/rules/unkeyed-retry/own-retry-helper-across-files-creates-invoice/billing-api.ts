// Thin client for the billing service used by the finance agent's tools.
const BILLING = process.env.BILLING_URL ?? 'https://billing.example.com/api';

export async function createInvoice(customerId: string, lines: { description: string; amountCents: number }[]) {
  const res = await fetch(`${BILLING}/invoices`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.BILLING_TOKEN}` },
    body: JSON.stringify({ customerId, lines }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`billing ${res.status}`);
  return (await res.json()) as { invoiceId: string };
}

export async function listInvoices(customerId: string) {
  const res = await fetch(`${BILLING}/customers/${customerId}/invoices`, { signal: AbortSignal.timeout(5_000) });
  if (!res.ok) throw new Error(`billing ${res.status}`);
  return (await res.json()) as { invoiceId: string; status: string }[];
}
