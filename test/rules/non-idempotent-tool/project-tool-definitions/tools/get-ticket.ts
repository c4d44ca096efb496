// A read-only tool defined the same way: clean.
import { z } from 'zod';
import { defineTool } from '../define.js';
import { ticketsApiFromContext } from '../tickets-api.js';

export default defineTool({
  name: 'get_ticket',
  description: 'Read a support ticket',
  inputSchema: { id: z.string() },
  annotations: { readOnlyHint: true },
  async handler(params: { id: string }) {
    return ticketsApiFromContext().getTicket(params.id);
  },
});
