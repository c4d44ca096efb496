// Near-miss across files: the tool creates the key from the tool call id before the retry and
// hands it to the helper, so every attempt of the helper's POST carries the same key.
import { tool } from 'ai';
import pRetry from 'p-retry';
import { z } from 'zod';
import { createPayout } from './payouts-api.js';

export const payAffiliate = tool({
  description: 'Pay an affiliate their earned commission',
  inputSchema: z.object({ accountId: z.string(), amountCents: z.number().int().positive() }),
  execute: async ({ accountId, amountCents }, { toolCallId }) => {
    const key = `affiliate-payout-${toolCallId}`;
    const payout = await pRetry(() => createPayout(accountId, amountCents, key), { retries: 3, randomize: true });
    return { payoutId: payout.payoutId };
  },
});
