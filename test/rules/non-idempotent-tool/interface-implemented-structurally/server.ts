// The server picks the demo API or the real one; value following alone sees the first branch. The tools are written
// against the interface, so either class's method may run: opening a ticket POSTs a new one on the real API (a
// finding); listing reads in both (clean).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { DemoTicketApi, HttpTicketApi, type TicketApi } from './api.js';

function registerTicketTools(server: McpServer, api: TicketApi) {
  server.registerTool('open_ticket', { inputSchema: { title: z.string() } }, async ({ title }) => {
    const ticket = await api.openTicket(title); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: ticket.id }] };
  });
  server.registerTool('list_tickets', { inputSchema: {} }, async () => {
    const tickets = await api.listTickets();
    return { content: [{ type: 'text', text: tickets.map((t) => t.title).join('\n') }] };
  });
}

const server = new McpServer({ name: 'tickets', version: '1.0.0' });
const api: TicketApi = process.env.DEMO ? new DemoTicketApi() : new HttpTicketApi(process.env.TICKETS_URL!);
registerTicketTools(server, api);
