// Two definitions registered through wrap(): opening a ticket POSTs a new one under an id the tracker picks (one finding
// at registry.ts's def.handler call); listing only reads (none).
import { z } from 'zod';
import { createSdkMcpServer } from '@anthropic-ai/claude-agent-sdk';
import { defineTool, wrap } from './registry.js';

const TRACKER = 'https://tracker.example.com/api';

const openTicket = defineTool<{ title: string }, unknown>({
  name: 'tickets.open',
  description: 'Open a new ticket',
  async handler({ title }) {
    const res = await fetch(`${TRACKER}/tickets`, { method: 'POST', body: JSON.stringify({ title }), signal: AbortSignal.timeout(10_000) });
    return res.json();
  },
});

const listTickets = defineTool<Record<string, never>, unknown>({
  name: 'tickets.list',
  description: 'List tickets',
  async handler() {
    const res = await fetch(`${TRACKER}/tickets`, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  },
});

export const deskServer = createSdkMcpServer({
  name: 'desk',
  version: '1.0.0',
  tools: [wrap(openTicket, { title: z.string() }), wrap(listTickets, {})],
});
