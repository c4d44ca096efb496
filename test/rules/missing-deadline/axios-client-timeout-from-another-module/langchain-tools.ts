// LangChain tools that call the shared ticketing client imported from another module; its
// client-level timeout reaches these calls.
import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { ticketingApi } from './http-clients.js';

export const getTicket = tool(
  async ({ ticketId }) => {
    const { data } = await ticketingApi.get(`/tickets/${ticketId}`);
    return JSON.stringify(data);
  },
  {
    name: 'get_ticket',
    description: 'Fetch a support ticket with its latest comments',
    schema: z.object({ ticketId: z.string() }),
  },
);

export const searchTickets = tool(
  async ({ query }) => {
    const { data } = await ticketingApi.post('/tickets/search', { query, limit: 20 });
    return JSON.stringify(data);
  },
  {
    name: 'search_tickets',
    description: 'Full-text search over support tickets',
    schema: z.object({ query: z.string() }),
  },
);
