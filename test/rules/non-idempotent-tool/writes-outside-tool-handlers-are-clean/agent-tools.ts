// The agent only gets a read-only tool from the refunds module; the module's writes stay with the
// route and the script.
import { tool } from 'ai';
import { z } from 'zod';
import { getRefund } from './refunds-service.js';

export const refundStatus = tool({
  description: 'Status of a refund',
  inputSchema: z.object({ refundId: z.string() }),
  execute: async ({ refundId }) => {
    const refund = await getRefund(refundId);
    return { status: refund.status, amount: refund.amount };
  },
});
