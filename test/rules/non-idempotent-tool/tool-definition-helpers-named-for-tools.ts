// Tool definitions made by project helpers named for tools: a positional helper that returns `{ name,
// description, schema, handler }` with the handler it is given (`CreateBillingTool(name, description, schema,
// handler)`), and a config helper whose `execute` builds the handler per client (`execute: () => async (input) =>
// …`, curried). Creating an invoice and refunding a charge repeat; reading an invoice does not, and a helper whose
// object has no input schema defines no tool.
import Stripe from 'stripe';
import { z } from 'zod';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { timeout: 10_000 });

export const CreateBillingTool =
  <A extends z.ZodRawShape>(name: string, description: string, schema: A, handler: (args: any) => Promise<unknown>) =>
  () => ({ name, description, schema, handler });

export const createInvoiceTool = CreateBillingTool('create-invoice', 'Create an invoice', { customer: z.string() }, async ({ customer }) => {
  return stripe.invoices.create({ customer }); // expect: non-idempotent-tool
});

export const getInvoiceTool = CreateBillingTool('get-invoice', 'Read an invoice', { id: z.string() }, async ({ id }) => {
  return stripe.invoices.retrieve(id);
});

export const BillingTool = (args: { name: string; description: string; parameters: z.ZodTypeAny; execute: (client: Stripe) => (input: any) => Promise<unknown> }) => ({
  ...args,
  bindExecute: (client: Stripe) => args.execute(client),
});

export const refundTool = BillingTool({
  name: 'refund_charge',
  description: 'Refund a charge',
  parameters: z.object({ charge: z.string() }),
  execute: () => async ({ charge }) => {
    return stripe.refunds.create({ charge }); // expect: non-idempotent-tool
  },
});

export const LogTool = (name: string, description: string, handler: (line: string) => Promise<unknown>) => ({ name, description, handler });

export const auditTool = LogTool('audit', 'Write an audit line', async (line) => {
  return stripe.invoices.create({ customer: line });
});
