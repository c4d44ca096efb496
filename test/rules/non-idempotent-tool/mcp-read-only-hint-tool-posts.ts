// MCP registerTool whose annotations say `readOnlyHint: true` while the handler POSTs a new quote:
// the code contradicts itself, so the finding is high confidence. The truly read-only tool beside it
// (a GET under the same annotation) stays clean.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const SHIPPING_API = 'https://shipping.example.com/api';
const server = new McpServer({ name: 'shipping', version: '1.4.0' });

server.registerTool(
  'get_shipping_quote',
  {
    title: 'Get shipping quote',
    description: 'Price a parcel between two postcodes',
    inputSchema: { fromPostcode: z.string(), toPostcode: z.string(), weightGrams: z.number().int() },
    annotations: { readOnlyHint: true, openWorldHint: true },
  },
  async ({ fromPostcode, toPostcode, weightGrams }, extra) => {
    // The carrier API stores every quote it prices: this creates a record per call.
    const res = await fetch(`${SHIPPING_API}/quotes`, { // expect: non-idempotent-tool confidence=high
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fromPostcode, toPostcode, weightGrams }),
      signal: extra.signal,
    });
    const quote = (await res.json()) as { quoteId: string; priceCents: number };
    return { content: [{ type: 'text', text: `Quote ${quote.quoteId}: ${quote.priceCents / 100} USD` }] };
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
