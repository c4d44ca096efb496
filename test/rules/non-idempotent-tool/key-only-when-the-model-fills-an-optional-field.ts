// A booking API client that sends an Idempotency-Key header only when its caller passes one. One tool hands it the
// key from an optional schema field the model may leave out: by default the model sends none, so a repeated call
// books twice (test/corpus/README.md questions 14, 85) — a finding. A tool whose schema requires the key sends it on
// every call (the model's own key for the request, the same on a repeat): clean.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

interface RequestOptions {
  body?: unknown;
  idempotencyKey?: string;
}

class BookingClient {
  async request(method: string, path: string, options: RequestOptions = {}): Promise<unknown> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    const res = await fetch(`https://bookings.example.com${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(10_000),
    });
    return res.json();
  }
}

export function registerBookingTools(server: McpServer, client: BookingClient): void {
  server.registerTool(
    'create_booking',
    {
      description: 'Book a slot',
      inputSchema: {
        slotId: z.string(),
        attendee: z.string().email(),
        idempotencyKey: z.string().optional().describe('Optional Idempotency-Key header.'),
      },
    },
    async (args) => {
      const { idempotencyKey, ...body } = args;
      const booking = await client.request('POST', '/bookings', { body, idempotencyKey }); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: JSON.stringify(booking) }] };
    },
  );

  server.registerTool(
    'create_booking_keyed',
    {
      description: 'Book a slot once per request key',
      inputSchema: {
        slotId: z.string(),
        attendee: z.string().email(),
        requestKey: z.string().describe('A key naming this booking request; reuse it when retrying.'),
      },
    },
    async ({ requestKey, ...body }) => {
      const booking = await client.request('POST', '/bookings', { body, idempotencyKey: requestKey });
      return { content: [{ type: 'text', text: JSON.stringify(booking) }] };
    },
  );
}
