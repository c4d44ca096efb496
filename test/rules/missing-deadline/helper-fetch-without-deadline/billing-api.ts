// Billing API helpers shared by the MCP server. `getInvoice` has no deadline: reported here, at
// the fetch, whoever calls it.
export interface Invoice {
  id: string;
  status: 'draft' | 'open' | 'paid' | 'void';
  amountDueCents: number;
}

const BILLING_URL = process.env.BILLING_URL ?? 'https://billing.internal.example.com';

export async function getInvoice(invoiceId: string): Promise<Invoice> {
  const res = await fetch(`${BILLING_URL}/v1/invoices/${encodeURIComponent(invoiceId)}`, { // expect: missing-deadline
    headers: { authorization: `Bearer ${process.env.BILLING_TOKEN}` },
  });
  if (!res.ok) throw new Error(`billing API answered ${res.status} for invoice ${invoiceId}`);
  return (await res.json()) as Invoice;
}
