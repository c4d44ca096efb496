// Tools as tuples spread into `server.tool(...tool)`: the tuple's last member is the handler.
import type { ToolCallback } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { TicketService } from './ticket-service.js';

export type Tool = [string, string, z.ZodRawShape, ToolCallback<z.ZodRawShape>];

function createTool(name: string, description: string, schema: z.ZodRawShape, handler: ToolCallback<z.ZodRawShape>): Tool {
  return [name, description, schema, handler];
}

const service = new TicketService();

export const ticketTools = [
  createTool('ticket_open', 'Open a ticket', { title: z.string() }, async ({ title }) => {
    const invoice = await service.createTicket(title as string); // expect: non-idempotent-tool
    return { content: [{ type: "text", text: JSON.stringify(invoice) }] };
  }),
  createTool('ticket_list', 'List tickets', {}, async () => {
    const list = await service.listTickets();
    return { content: [{ type: 'text', text: JSON.stringify(list) }] };
  }),
];

/** A tuple nobody spreads into a registration: not a tool. */
export const drafts = [createTool('draft', 'Draft', {}, async () => {
  await service.createTicket('draft');
  return { content: [] };
})];
