// The fixed twin of ../mcp-server.ts: add_ticket_note sends an idempotency key derived from its
// arguments, so a retried call finds the first note instead of adding a second one.
import { createHash } from 'node:crypto';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { addTicketNoteOnce, getTicket } from '../ticket-api.js';

const server = new McpServer({ name: 'support-tickets', version: '1.0.0' });

server.registerTool(
  'lookup_ticket',
  {
    description: 'Fetch a support ticket by id.',
    inputSchema: { ticketId: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ ticketId }, extra) => {
    const ticket = await getTicket(ticketId, extra.signal);
    return { content: [{ type: 'text', text: JSON.stringify(ticket) }] };
  },
);

server.registerTool(
  'add_ticket_note',
  {
    description: 'Add an internal note to a ticket.',
    inputSchema: { ticketId: z.string(), note: z.string() },
    // True now: the same arguments add the note once, however often the tool is called.
    annotations: { destructiveHint: false, idempotentHint: true },
  },
  async ({ ticketId, note }, extra) => {
    // Not extra.requestId: a client retrying after a timeout sends a new request id.
    const noteKey = createHash('sha256').update(`${ticketId}\n${note}`).digest('hex');
    await addTicketNoteOnce(ticketId, note, noteKey, extra.signal);
    return { content: [{ type: 'text', text: `Note added to ${ticketId}.` }] };
  },
);

await server.connect(new StdioServerTransport());
