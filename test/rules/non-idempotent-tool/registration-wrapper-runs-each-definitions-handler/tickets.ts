// Ticket tools: opening a ticket POSTs a new one under an id the tracker picks; listing only reads.
import { defineTool } from './registry.js';

const TRACKER = 'https://tracker.example.com/api';

export const openTicket = defineTool<{ title: string; body: string }, unknown>({
  name: 'tickets.open',
  description: 'Open a new ticket',
  input_schema: { type: 'object', properties: { title: { type: 'string' }, body: { type: 'string' } } },
  async handler({ title, body }) {
    const res = await fetch(`${TRACKER}/tickets`, { method: 'POST', body: JSON.stringify({ title, body }), signal: AbortSignal.timeout(10_000) });
    return res.json();
  },
});

export const listTickets = defineTool<{ status?: string }, unknown>({
  name: 'tickets.list',
  description: 'List tickets',
  input_schema: { type: 'object', properties: { status: { type: 'string' } } },
  async handler({ status }) {
    const res = await fetch(`${TRACKER}/tickets?status=${status ?? 'open'}`, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  },
});
