// Stripe creates in helpers whose request options carry the caller's key only when it has one
// (`...(params.idempotency_key && { idempotencyKey: params.idempotency_key })`). The tool parses the model's input
// with a zod schema first: where the schema makes the key optional, the model leaves it out by default and stripe-node
// sends only its own per-call key, which a repeated tool call does not reuse (RULES.md; test/corpus/README.md question
// 85) — a finding at the tool's call of the helper. Where the schema requires it, every call carries the key: clean.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import Stripe from 'stripe';
import { z } from 'zod';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { timeout: 20_000 });

const CreateCustomerInput = z.object({
  email: z.string().email(),
  name: z.string().optional(),
  idempotency_key: z.string().optional().describe('Idempotency key for safe retries'),
});

const CreateRefundInput = z.object({
  charge: z.string(),
  idempotency_key: z.string().min(8).describe('A key naming this refund; reuse it when retrying'),
});

interface KeyedParams {
  idempotency_key?: string;
}

async function createCustomer(params: z.infer<typeof CreateCustomerInput> & KeyedParams): Promise<Stripe.Customer> {
  const requestOptions: Stripe.RequestOptions = {
    ...(params.idempotency_key && { idempotencyKey: params.idempotency_key }),
  };
  return stripe.customers.create({ email: params.email, name: params.name }, requestOptions);
}

async function createRefund(params: z.infer<typeof CreateRefundInput>): Promise<Stripe.Refund> {
  const requestOptions: Stripe.RequestOptions = {
    ...(params.idempotency_key && { idempotencyKey: params.idempotency_key }),
  };
  return stripe.refunds.create({ charge: params.charge }, requestOptions);
}

export function registerStripeTools(server: McpServer): void {
  server.registerTool('create_customer', { description: 'Create a customer', inputSchema: CreateCustomerInput.shape }, async (args) => {
    const params = CreateCustomerInput.parse(args);
    const customer = await createCustomer(params); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: customer.id }] };
  });

  server.registerTool('create_refund', { description: 'Refund a charge', inputSchema: CreateRefundInput.shape }, async (args) => {
    const params = CreateRefundInput.parse(args);
    const refund = await createRefund(params);
    return { content: [{ type: 'text', text: refund.id }] };
  });
}
