// A hand-written Anthropic loop that runs each `tool_use` block through a Map: `toolMap.get(use.name)!.run(input)`
// inside a `.map` over the blocks. Every entry's `run` is a tool handler, whether the entry is in the
// constructor's pairs or added later with `toolMap.set`. book_courier POSTs (finding in its function);
// add_loyalty_points increments through the SQL client (finding); quote_shipping only computes and
// hold_parcel PUTs to the parcel's own id (clean). The webhook dispatcher below looks handlers up in a Map
// by `item.name` too, but nothing a model sends reaches it: its POST stays clean.
import Anthropic from '@anthropic-ai/sdk';
import { Pool } from 'pg';

const anthropic = new Anthropic({ timeout: 60_000 });
const pool = new Pool();
const COURIER = 'https://courier.example.com/api';

interface ToolEntry {
  description: string;
  run(input: any): Promise<string>;
}

async function bookCourier(input: { parcelId: string; pickupAt: string }) {
  const res = await fetch(`${COURIER}/bookings`, { // expect: non-idempotent-tool
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(10_000),
  });
  return res.ok ? 'booked' : `failed: ${res.status}`;
}

const toolMap = new Map<string, ToolEntry>([
  ['book_courier', { description: 'Book a courier pickup', run: bookCourier }],
  [
    'quote_shipping',
    {
      description: 'Price a parcel',
      run: async ({ weightKg }: { weightKg: number }) => `EUR ${(4.9 + weightKg * 1.2).toFixed(2)}`,
    },
  ],
]);

toolMap.set('add_loyalty_points', {
  description: 'Credit loyalty points to a customer',
  async run({ customerId, points }: { customerId: string; points: number }) {
    await pool.query('UPDATE loyalty SET points = points + $1 WHERE customer_id = $2', [points, customerId]); // expect: non-idempotent-tool
    return 'credited';
  },
});

toolMap.set('hold_parcel', {
  description: 'Put a parcel on hold at the depot',
  async run({ parcelId }: { parcelId: string }) {
    const res = await fetch(`${COURIER}/holds/${parcelId}`, { method: 'PUT', body: JSON.stringify({ hold: true }), signal: AbortSignal.timeout(10_000) });
    return res.ok ? 'held' : 'not held';
  },
});

export async function shippingDesk(request: string) {
  const tools: Anthropic.Tool[] = [...toolMap].map(([name, entry]) => ({ name, description: entry.description, input_schema: { type: 'object' } }));
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: request }];
  for (let turn = 0; turn < 6; turn++) {
    const response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, tools, messages });
    messages.push({ role: 'assistant', content: response.content });
    if (response.stop_reason !== 'tool_use') return response.content;
    const uses = response.content.filter((block): block is Anthropic.ToolUseBlock => block.type === 'tool_use');
    const results = await Promise.all(
      uses.map(async (use): Promise<Anthropic.ToolResultBlockParam> => {
        const content = toolMap.has(use.name) ? await toolMap.get(use.name)!.run(use.input) : `unknown tool ${use.name}`;
        return { type: 'tool_result', tool_use_id: use.id, content };
      }),
    );
    messages.push({ role: 'user', content: results });
  }
  return null;
}

// Carrier webhooks: the carrier's events, dispatched by name. No model involved.
const webhookHandlers = new Map<string, (payload: unknown) => Promise<void>>([
  [
    'parcel.delivered',
    async (payload) => {
      await fetch('https://crm.example.com/api/timeline', { method: 'POST', body: JSON.stringify(payload), signal: AbortSignal.timeout(10_000) });
    },
  ],
]);

export async function onCarrierWebhook(body: { items: Array<{ name: string; payload: unknown }> }) {
  for (const item of body.items) await webhookHandlers.get(item.name)?.(item.payload);
}
