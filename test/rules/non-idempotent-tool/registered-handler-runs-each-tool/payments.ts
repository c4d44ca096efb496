// Payment tools as typed objects, registered in a loop over what a project function returns (`Set<PaymentTool>`):
// each tool's `invoke` is its handler. Refunding POSTs a new refund; looking a payment up only reads.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';

interface PaymentTool {
  name: string;
  description: string;
  invoke: (apiKey: string, args: Record<string, string>) => Promise<unknown>;
}

export const refundPaymentTool: PaymentTool = {
  name: 'refund_payment',
  description: 'Refund a captured payment',
  invoke: async (apiKey, args) => {
    const response = await fetch(`https://payments.example.com/v1/payments/${args.pspReference}/refunds`, { // expect: non-idempotent-tool
      method: 'POST',
      headers: { 'x-api-key': apiKey },
      body: JSON.stringify({ amount: args.amount }),
      signal: AbortSignal.timeout(10_000),
    });
    return response.json();
  },
};

export const getPaymentTool: PaymentTool = {
  name: 'get_payment',
  description: 'Look a payment up',
  invoke: async (apiKey, args) => {
    const response = await fetch(`https://payments.example.com/v1/payments/${args.pspReference}`, { headers: { 'x-api-key': apiKey }, signal: AbortSignal.timeout(10_000) });
    return response.json();
  },
};

function activeTools(enabled: string[]): Set<PaymentTool> {
  return new Set([refundPaymentTool, getPaymentTool].filter((tool) => enabled.includes(tool.name)));
}

export function startPayments(apiKey: string, enabled: string[]) {
  const server = new McpServer({ name: 'payments', version: '1.0.0' });
  for (const tool of activeTools(enabled)) {
    server.registerTool(tool.name, { description: tool.description, inputSchema: {} }, async (args: Record<string, string>) => {
      const result = await tool.invoke(apiKey, args);
      return { content: [{ type: 'text' as const, text: JSON.stringify(result) }] };
    });
  }
  return server;
}
