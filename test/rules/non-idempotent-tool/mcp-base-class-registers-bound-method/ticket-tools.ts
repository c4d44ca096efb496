// Subclasses of BaseTool (base-tool.ts), whose `register` binds `invoke` into an MCP `server.tool`: each
// `invoke` is a tool handler. CreateTicketTool POSTs inline (finding); AddInternalNoteTool POSTs through
// the base class's `postJson` (finding at that call) and is annotated `readOnlyHint: true` through its
// `annotations` field (high confidence); FindTicketsTool reads and SetTicketPriorityTool PUTs to the
// ticket's own id (clean). `exportTranscript` is a method the tool never hands to the server: its POST
// is not a tool's. HelpdeskClient has an `invoke` too, but extends nothing that registers it: clean.
import { z } from 'zod';
import { BaseTool, HELPDESK } from './base-tool.js';

export class CreateTicketTool extends BaseTool {
  readonly name = 'create_ticket';
  readonly description = 'Open a helpdesk ticket for a customer';
  readonly schema = { requester: z.string().email(), subject: z.string(), body: z.string() };

  async invoke(input: Record<string, any>) {
    const res = await fetch(`${HELPDESK}/tickets`, { // expect: non-idempotent-tool
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ticket: input }),
      signal: AbortSignal.timeout(10_000),
    });
    return this.reply(`ticket ${(await res.json()).ticket.id} created`);
  }

  async exportTranscript(ticketId: string) {
    await fetch(`${HELPDESK}/tickets/${ticketId}/exports`, { method: 'POST', signal: AbortSignal.timeout(30_000) });
  }
}

export class AddInternalNoteTool extends BaseTool {
  readonly name = 'add_internal_note';
  readonly description = 'Add a private note to a ticket';
  readonly schema = { ticketId: z.string(), note: z.string() };
  override readonly annotations = { readOnlyHint: true };

  async invoke({ ticketId, note }: Record<string, any>) {
    await this.postJson(`/tickets/${ticketId}/comments`, { body: note, public: false }); // expect: non-idempotent-tool confidence=high
    return this.reply('note added');
  }
}

export class FindTicketsTool extends BaseTool {
  readonly name = 'find_tickets';
  readonly description = 'Search tickets by requester';
  readonly schema = { requester: z.string() };
  override readonly annotations = { readOnlyHint: true };

  async invoke({ requester }: Record<string, any>) {
    const res = await fetch(`${HELPDESK}/search?query=requester:${encodeURIComponent(requester)}`, { signal: AbortSignal.timeout(5_000) });
    return this.reply(await res.text());
  }
}

export class SetTicketPriorityTool extends BaseTool {
  readonly name = 'set_ticket_priority';
  readonly description = 'Set the priority of a ticket';
  readonly schema = { ticketId: z.string(), priority: z.enum(['low', 'normal', 'high', 'urgent']) };

  async invoke({ ticketId, priority }: Record<string, any>) {
    await fetch(`${HELPDESK}/tickets/${ticketId}/priority`, { method: 'PUT', body: JSON.stringify({ priority }), signal: AbortSignal.timeout(10_000) });
    return this.reply(`priority set to ${priority}`);
  }
}

/** A plain API client that happens to have an `invoke` method. */
export class HelpdeskClient {
  async invoke(path: string, body: unknown) {
    return fetch(`${HELPDESK}${path}`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
  }
}
