// MCP registerTool whose annotations say `readOnlyHint: true` while the handler POSTs to buy a label:
// the code contradicts itself, so the finding is high confidence. The truly read-only tool beside it
// (a GET under the same annotation) stays clean.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const SHIPPING_API = 'https://shipping.example.com/api';
const server = new McpServer({ name: 'shipping', version: '1.4.0' });

server.registerTool(
  'get_shipping_label',
  {
    title: 'Get shipping label',
    description: 'Get a printable shipping label for an order',
    inputSchema: { orderId: z.string(), service: z.enum(['ground', 'express']) },
    annotations: { readOnlyHint: true, openWorldHint: true },
  },
  async ({ orderId, service }, extra) => {
    // "Getting" a label buys one from the carrier: every call pays for a new label.
    const res = await fetch(`${SHIPPING_API}/labels`, { // expect: non-idempotent-tool confidence=high
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ orderId, service, format: 'pdf' }),
      signal: extra.signal,
    });
    const label = (await res.json()) as { labelId: string; url: string };
    return { content: [{ type: 'text', text: `Label ${label.labelId}: ${label.url}` }] };
  },
);

server.registerTool(
  'track_parcel',
  {
    title: 'Track parcel',
    description: 'Current status of a parcel',
    inputSchema: { trackingNumber: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ trackingNumber }, extra) => {
    const res = await fetch(`${SHIPPING_API}/parcels/${encodeURIComponent(trackingNumber)}`, { signal: extra.signal });
    const parcel = (await res.json()) as { status: string };
    return { content: [{ type: 'text', text: parcel.status }] };
  },
);

await server.connect(new StdioServerTransport());
