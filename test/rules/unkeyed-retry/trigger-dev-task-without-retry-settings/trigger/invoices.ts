// No retry settings on the task or in trigger.config.ts: not taken as a retry, so the unkeyed POST is clean here.
import { task } from '@trigger.dev/sdk';

export const issueInvoice = task({
  id: 'issue-invoice',
  run: async (payload: { orderId: string }) => {
    await fetch('https://billing.example.com/invoices', {
      method: 'POST',
      body: JSON.stringify({ orderId: payload.orderId }),
      signal: AbortSignal.timeout(15_000),
    });
  },
});
