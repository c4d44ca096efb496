// Near-miss: the key is computed inside the retried closure, but only from stable input — a
// business id or a hash of the arguments — so every attempt sends the same key. Only a fresh
// value per attempt (randomUUID(), Date.now()) makes a key useless.
import pRetry from 'p-retry';
import retry from 'async-retry';
import { createHash } from 'node:crypto';
import { tool } from '@openai/agents';
import { z } from 'zod';

export const scheduleRefundPayout = tool({
  name: 'schedule_refund_payout',
  description: 'Schedule the bank payout for an approved refund',
  parameters: z.object({ refundId: z.string(), iban: z.string(), amountCents: z.number().int() }),
  execute: async ({ refundId, iban, amountCents }, _context, details) =>
    pRetry(
      async () => {
        const res = await fetch('https://bank.example.com/api/payouts', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'Idempotency-Key': `refund-payout-${refundId}` },
          body: JSON.stringify({ iban, amountCents, reference: refundId }),
          signal: details?.signal,
        });
        if (!res.ok) throw new Error(`bank ${res.status}`);
        return 'payout scheduled';
      },
      { retries: 4, randomize: true },
    ),
});

export async function submitExpense(employeeId: string, receipt: { date: string; amountCents: number; merchant: string }) {
  return retry(
    async () => {
      const key = createHash('sha256').update(JSON.stringify({ employeeId, receipt })).digest('hex');
      const res = await fetch('https://expenses.example.com/api/claims', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ employeeId, ...receipt }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`expenses ${res.status}`);
      return res.json();
    },
    { retries: 3, randomize: true },
  );
}
