// A CallToolRequestSchema switch that hands each tool's whole input to a function of one of the project's modules,
// imported as a namespace (`import * as tickets from './tools/tickets.js'`): `tickets.openTicket(api, input)` is that
// tool's per-tool function like a bare `openTicket(api, input)`, its write reported in its own body (README question
// 84), also when the case reshapes the input into the function's own (the rest of it spread into the object handed on).
// A namespace function two cases call is a helper they share, reported at each case; so is one a case hands only fields
// picked out of the input, one by one or in an object of its own making.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { HelpdeskApi } from './tools/api.js';
import * as tickets from './tools/tickets.js';
import * as shared from './tools/shared.js';

const api = new HelpdeskApi('https://helpdesk.example.com/api');
const server = new Server({ name: 'helpdesk', version: '1.0.0' }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case 'ticket_open': {
      const input = args as tickets.OpenInput;
      const result = await tickets.openTicket(api, input);
      return { content: [{ type: 'text', text: JSON.stringify(result) }] };
    }
    case 'ticket_list': {
      const result = await tickets.listTickets(api, args as tickets.ListFilter);
      return { content: [{ type: 'text', text: JSON.stringify(result) }] };
    }
    case 'ticket_comment': {
      const { id, text } = args as { id: string; text: string };
      await tickets.addComment(api, id, text); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: 'Comment added' }] };
    }
    case 'ticket_escalate': {
      const { priority, ...rest } = args as Record<string, unknown>;
      const input: tickets.EscalateInput = { ...(rest as Omit<tickets.EscalateInput, 'level'>), level: priority === 'high' ? 2 : 1 };
      const result = await tickets.escalateTicket(api, input);
      return { content: [{ type: 'text', text: JSON.stringify(result) }] };
    }
    case 'ticket_reply': {
      const { id, text } = args as { id: string; text: string };
      const result = await tickets.replyToTicket(api, { id, body: text }); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: JSON.stringify(result) }] };
    }
    case 'note_add': {
      const result = await shared.submit(api, args as Record<string, unknown>); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: JSON.stringify(result) }] };
    }
    case 'note_pin': {
      const result = await shared.submit(api, args as Record<string, unknown>); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: JSON.stringify(result) }] };
    }
    default:
      throw new Error(`unknown tool ${name}`);
  }
});
