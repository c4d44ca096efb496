// A tool written with the project's defineTool: its handler is a tool handler, wherever the registry
// that hands it to the MCP server lives. It opens a new ticket on every call.
import { z } from 'zod';
import { defineTool } from '../define.js';
import { ticketsApiFromContext } from '../tickets-api.js';

export default defineTool({
  name: 'create_ticket',
  description: 'Open a support ticket',
  inputSchema: { subject: z.string(), body: z.string() },
  annotations: { readOnlyHint: false },
  async handler(params: { subject: string; body: string }) {
    const api = ticketsApiFromContext();
    return api.createTicket(params); // expect: non-idempotent-tool
  },
});
