// Billing logic between the tools and the gateway: chargeInvoice reads the invoice for its amount,
// then charges it through postCharge (one more hop down to the write). Nothing checks for an earlier charge.
import { postCharge } from './payment-gateway.js';

const INVOICES = 'https://billing.internal.example.com/invoices';

export async function getInvoice(invoiceId: string) {
  const res = await fetch(`${INVOICES}/${invoiceId}`, { signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as { id: string; customerId: string; openCents: number };
}

export async function chargeInvoice(invoiceId: string) {
  const invoice = await getInvoice(invoiceId);
  const { chargeId } = await postCharge({
    customerId: invoice.customerId,
    amountCents: invoice.openCents,
    reference: `invoice ${invoice.id}`,
  });
  return { chargeId, amountCents: invoice.openCents };
}
