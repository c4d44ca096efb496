// A tool registered on the MCP SDK's v2 server package (`@modelcontextprotocol/server`, checked in 2.4.0:
// `McpServer#registerTool(name, config, cb)`): creating an invoice with a POST and no key is a finding; a
// lookup tool that only reads is clean.
import { McpServer } from '@modelcontextprotocol/server';
import { z } from 'zod';

const server = new McpServer({ name: 'billing', version: '1.0.0' });

server.registerTool(
  'create_invoice',
  { description: 'Create an invoice', inputSchema: { customerId: z.string(), cents: z.number() } },
  async ({ customerId, cents }) => {
    const response = await fetch('https://billing.example.com/v1/invoices', { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify({ customerId, cents }),
      signal: AbortSignal.timeout(10_000),
    });
    return { content: [{ type: 'text', text: await response.text() }] };
  },
);

server.registerTool(
  'get_invoice',
  { description: 'Look up an invoice', inputSchema: { id: z.string() }, annotations: { readOnlyHint: true } },
  async ({ id }) => {
    const response = await fetch(`https://billing.example.com/v1/invoices/${id}`, { signal: AbortSignal.timeout(10_000) });
    return { content: [{ type: 'text', text: await response.text() }] };
  },
);
