// A file-local helper that registers through an account-scoped registration method of the project's own
// (`context.accountTool(name, { description, inputSchema }, handler)`, MCP's registerTool shape) and calls the
// `callback` its caller gives it: sending a receipt is a tool's write.
import { z } from 'zod';

interface AccountRegistrar {
  accountTool(name: string, config: { description: string; inputSchema: z.ZodTypeAny }, handler: (args: any, accountId: string) => Promise<unknown>): void;
}

export function registerReceiptTools(context: AccountRegistrar) {
  registerAccountTool({
    name: 'send_receipt',
    description: 'Email a receipt',
    context,
    schema: { invoiceId: z.string(), email: z.string() },
    callback: async ({ invoiceId, email, accountId }) => {
      const response = await fetch(`https://billing.example.com/v1/accounts/${accountId}/receipts`, { // expect: non-idempotent-tool
        method: 'POST',
        body: JSON.stringify({ invoiceId, email }),
        signal: AbortSignal.timeout(10_000),
      });
      return response.json();
    },
  });
}

const registerAccountTool = ({
  name,
  description,
  context,
  schema,
  callback,
}: {
  name: string;
  description: string;
  context: AccountRegistrar;
  schema: z.ZodRawShape;
  callback: (args: any) => Promise<unknown>;
}) => {
  context.accountTool(name, { description, inputSchema: z.object(schema) }, async (params, accountId) => {
    const result = await callback({ ...params, accountId });
    return { content: [{ type: 'text', text: JSON.stringify(result) }] };
  });
};
