// read_invoice only reads: clean.
export async function readInvoice(input: { id: string }): Promise<string> {
  const res = await fetch(`https://billing.example.com/api/invoices/${input.id}`, { signal: AbortSignal.timeout(10_000) });
  return res.text();
}
