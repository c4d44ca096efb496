// AI SDK tools whose clients come from stripe-client.ts. The refund and the email are writes with no
// key (reported at the call); the refund keyed by the tool call id and the balance lookup are clean.
import { tool } from 'ai';
import { z } from 'zod';
import { getStripe, notifier } from './stripe-client.js';

export const refundCharge = tool({
  description: 'Refund a charge',
  inputSchema: z.object({ chargeId: z.string(), amount: z.number() }),
  execute: async ({ chargeId, amount }) => {
    const refund = await getStripe().refunds.create({ charge: chargeId, amount }); // expect: non-idempotent-tool
    return refund.id;
  },
});

export const refundChargeKeyed = tool({
  description: 'Refund a charge (safe to retry)',
  inputSchema: z.object({ chargeId: z.string(), amount: z.number() }),
  execute: async ({ chargeId, amount }, { toolCallId }) => {
    const client = getStripe();
    const refund = await client.refunds.create({ charge: chargeId, amount }, { idempotencyKey: `refund-${toolCallId}` });
    return refund.id;
  },
});

export const emailReceipt = tool({
  description: 'Email the receipt of a charge',
  inputSchema: z.object({ to: z.string(), chargeId: z.string() }),
  execute: async ({ to, chargeId }) => {
    const { resend } = notifier;
    await resend.emails.send({ from: 'billing@example.com', to, subject: 'Your receipt', text: `Charge ${chargeId}` }); // expect: non-idempotent-tool
    return 'sent';
  },
});

export const balance = tool({
  description: 'Current balance',
  inputSchema: z.object({}),
  execute: async () => {
    const current = await getStripe().balance.retrieve();
    return current.available;
  },
});
