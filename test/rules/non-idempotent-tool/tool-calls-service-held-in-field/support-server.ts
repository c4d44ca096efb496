// An MCP server written as a class: its tools call methods of services held in fields — one made by a
// field initialiser, one handed to the constructor (a parameter property typed with the project class),
// and one assigned in the constructor from a factory. The tools whose service method writes are
// reported at their call to it; the ones that only read stay clean.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { BillingService, TicketService } from './ticket-service.js';

function makeBilling() {
  return new BillingService(process.env.BILLING_URL ?? 'https://billing.example.com');
}

export class SupportServer {
  private readonly server = new McpServer({ name: 'support', version: '2.0.0' });
  private readonly tickets = new TicketService();
  private readonly backupBilling;

  constructor(private readonly billing: BillingService) {
    this.backupBilling = makeBilling();
    this.registerTools();
  }

  private registerTools() {
    this.server.registerTool('open_ticket', { description: 'Open a helpdesk ticket', inputSchema: { subject: z.string(), body: z.string() } }, async ({ subject, body }) => {
      const ticket = await this.tickets.open(subject, body); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: `opened ${ticket.id}` }] };
    });

    this.server.registerTool('ticket_status', { description: 'Status of a ticket', inputSchema: { id: z.string() } }, async ({ id }) => {
      const ticket = await this.tickets.find(id);
      return { content: [{ type: 'text', text: ticket.status }] };
    });

    this.server.registerTool('refund_invoice', { description: 'Refund part of an invoice', inputSchema: { invoiceId: z.string(), amountCents: z.number() } }, async ({ invoiceId, amountCents }) => {
      const ok = await this.billing.refund(invoiceId, amountCents); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: ok ? 'refunded' : 'failed' }] };
    });

    this.server.registerTool('retry_refund', { description: 'Refund through the backup billing system', inputSchema: { invoiceId: z.string(), amountCents: z.number() } }, async ({ invoiceId, amountCents }) => {
      const ok = await this.backupBilling.refund(invoiceId, amountCents); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: ok ? 'refunded' : 'failed' }] };
    });

    this.server.registerTool('show_invoice', { description: 'Show an invoice', inputSchema: { invoiceId: z.string() } }, async ({ invoiceId }) => {
      const invoice = await this.billing.invoice(invoiceId);
      return { content: [{ type: 'text', text: JSON.stringify(invoice) }] };
    });
  }
}
