// The project's own MCP helpdesk server. create_ticket is not annotated idempotent (MCP's default
// is "not idempotent"); set_ticket_priority declares idempotentHint: true.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';

const tickets = new Map<string, { subject: string; priority: string }>();

export const helpdeskServer = new McpServer({ name: 'helpdesk', version: '0.9.0' });

helpdeskServer.registerTool(
  'create_ticket',
  {
    title: 'Create ticket',
    description: 'Open a new support ticket',
    inputSchema: { subject: z.string(), body: z.string() },
    annotations: { readOnlyHint: false, destructiveHint: false },
  },
  async ({ subject }) => {
    const id = randomUUID();
    tickets.set(id, { subject, priority: 'normal' });
    return { content: [{ type: 'text', text: id }] };
  },
);

helpdeskServer.registerTool(
  'set_ticket_priority',
  {
    title: 'Set ticket priority',
    description: 'Set the priority of an existing ticket',
    inputSchema: { ticketId: z.string(), priority: z.enum(['low', 'normal', 'urgent']) },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
  },
  async ({ ticketId, priority }) => {
    const ticket = tickets.get(ticketId);
    if (!ticket) return { isError: true, content: [{ type: 'text', text: `no ticket ${ticketId}` }] };
    ticket.priority = priority;
    return { content: [{ type: 'text', text: 'ok' }] };
  },
);
