// The ticket tools exposed over MCP, so people can work tickets from Claude Desktop or an IDE agent.
// Planted bug: add_ticket_note writes through a helper with no idempotency key, and MCP clients retry.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { addTicketNote, getTicket } from './ticket-api.js';

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
    annotations: { destructiveHint: false },
  },
  async ({ ticketId, note }, extra) => {
    // BUG: the helper POSTs a new note every time; a client that retries after a timeout adds it twice.
    await addTicketNote(ticketId, note, extra.signal); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: `Note added to ${ticketId}.` }] };
  },
);

await server.connect(new StdioServerTransport());
