// Billing tools registered through the project's helpers (server-helpers.ts): creating an invoice, refunding
// a charge, opening a dispute and sending a receipt repeat on a second call. The invoice lookup only reads.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import Stripe from 'stripe';
import { z } from 'zod';
import { accountTool, registerTool, ToolServer, type RegistrationContext } from './server-helpers.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { timeout: 10_000 });

export function registerBillingTools(server: McpServer, context: RegistrationContext) {
  registerTool(server, {
    name: 'create_invoice',
    description: 'Create an invoice',
    schema: { customerId: z.string(), cents: z.number() },
    callback: async ({ customerId, cents }) => {
      const response = await fetch('https://billing.example.com/v1/invoices', { // expect: non-idempotent-tool
        method: 'POST',
        body: JSON.stringify({ customerId, cents }),
        signal: AbortSignal.timeout(10_000),
      });
      return response.json();
    },
  });

  registerTool(server, {
    name: 'get_invoice',
    description: 'Look up an invoice',
    schema: { id: z.string() },
    callback: async ({ id }) => {
      const response = await fetch(`https://billing.example.com/v1/invoices/${id}`, { signal: AbortSignal.timeout(10_000) });
      return response.json();
    },
  });

  accountTool(context, 'refund_charge', { charge: z.string() }, async ({ charge }, accountId) => {
    return stripe.refunds.create({ charge, metadata: { accountId } }); // expect: non-idempotent-tool
  });

  new ToolServer(server).register(
    { name: 'open_dispute', description: 'Open a dispute', schema: { chargeId: z.string() } },
    async ({ chargeId }) => {
      const response = await fetch('https://billing.example.com/v1/disputes', { // expect: non-idempotent-tool
        method: 'POST',
        body: JSON.stringify({ chargeId }),
        signal: AbortSignal.timeout(10_000),
      });
      return response.json();
    },
  );
}
