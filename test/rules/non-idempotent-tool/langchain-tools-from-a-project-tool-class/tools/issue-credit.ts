import { z } from 'zod';
import KitTool from '../kit-tool';
import BillingClient from '../billing-client';

// The client typed as `InstanceType<typeof BillingClient>`: its method is the project's, followed to the POST.
export default new KitTool({
  name: 'issue_credit',
  description: 'Credit a customer',
  schema: z.object({ customerId: z.string(), cents: z.number() }),
  run: async (input, _context, client: InstanceType<typeof BillingClient>) => {
    return await client.createCredit(input.customerId, input.cents); // expect: non-idempotent-tool
  },
});
