// issue_invoice POSTs a new invoice: a repeat issues a second one (finding).
export async function issueInvoice(input: { customerId: string; amount: number }): Promise<string> {
  const res = await fetch('https://billing.example.com/api/invoices', { // expect: non-idempotent-tool
    method: 'POST',
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(10_000),
  });
  return res.ok ? 'issued' : `failed: ${res.status}`;
}
