import { z } from 'zod';
import KitTool from '../kit-tool';
import BillingClient from '../billing-client';

// A repository is created under its name, unique per owner: a repeat is refused (clean).
export default new KitTool({
  name: 'create_repo',
  description: 'Create a repository for the account',
  schema: z.object({ name: z.string() }),
  run: async (input, _context, client: InstanceType<typeof BillingClient>) => client.createRepo(input.name),
});
