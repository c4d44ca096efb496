// MCP server whose tool calls a helper in another file; the missing deadline lives in the
// helper's fetch, not in this handler.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { getInvoice } from './billing-api.js';

const server = new McpServer({ name: 'billing', version: '1.4.0' });

server.registerTool(
  'get_invoice',
  {
    title: 'Get invoice',
    description: 'Fetch an invoice and its payment status',
    inputSchema: { invoiceId: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ invoiceId }) => {
    const invoice = await getInvoice(invoiceId);
    return { content: [{ type: 'text', text: JSON.stringify(invoice) }] };
  },
);

await server.connect(new StdioServerTransport());
