const BILLING = 'https://billing.example.com/api';

export class Billing {
  async sendInvoice(args: { invoiceId: string }) {
    const res = await fetch(`${BILLING}/invoices/${args.invoiceId}/send`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    return res.json();
  }

  async findCustomer(args: { email: string }) {
    const res = await fetch(`${BILLING}/customers?email=${encodeURIComponent(args.email)}`, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }
}
