// Mastra tools: one opens a helpdesk ticket (a new record per call), one only reads a ticket.
import { createTool } from '@mastra/core/tools';
import { z } from 'zod';

const DESK = 'https://desk.example.com/api';

export const openTicketTool = createTool({
  id: 'open-ticket',
  description: 'Open a helpdesk ticket',
  inputSchema: z.object({ subject: z.string() }),
  execute: async ({ context }) => {
    const res = await fetch(`${DESK}/tickets`, { method: 'POST', body: JSON.stringify({ subject: context.subject }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return res.json();
  },
});

export const readTicketTool = createTool({
  id: 'read-ticket',
  description: 'Read a helpdesk ticket',
  inputSchema: z.object({ id: z.string() }),
  execute: async ({ context }) => {
    const res = await fetch(`${DESK}/tickets/${context.id}`, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  },
});
