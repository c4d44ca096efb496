// Near-miss: axios-retry with its default condition (and the same condition named explicitly)
// retries only idempotent methods on 5xx/429 responses, so the POSTs through these clients are
// not re-sent by a retry policy the code configured; GET and PUT retries are safe.
import axios from 'axios';
import axiosRetry, { exponentialDelay, isNetworkOrIdempotentRequestError } from 'axios-retry';
import { createTool } from '@mastra/core/tools';
import { z } from 'zod';

const tickets = axios.create({ baseURL: 'https://tickets.example.com/api', timeout: 10_000 });
axiosRetry(tickets, { retries: 3, retryDelay: exponentialDelay });

const inventory = axios.create({ baseURL: 'https://inventory.example.com/api', timeout: 10_000 });
axiosRetry(inventory, { retries: 5, retryDelay: exponentialDelay, retryCondition: isNetworkOrIdempotentRequestError });

export const openSupportTicket = createTool({
  id: 'open-support-ticket',
  description: 'Open a support ticket',
  inputSchema: z.object({ subject: z.string(), body: z.string() }),
  outputSchema: z.object({ ticketId: z.string() }),
  execute: async ({ subject, body }) => {
    const { data } = await tickets.post('/tickets', { subject, body });
    return { ticketId: data.id as string };
  },
});

export const reserveStock = createTool({
  id: 'reserve-stock',
  description: 'Reserve stock for a cart',
  inputSchema: z.object({ cartId: z.string(), sku: z.string(), qty: z.number().int() }),
  outputSchema: z.object({ reserved: z.number() }),
  execute: async ({ cartId, sku, qty }) => {
    const level = await inventory.get(`/stock/${sku}`);
    const { data } = await inventory.post('/reservations', { cartId, sku, qty: Math.min(qty, level.data.available) });
    return { reserved: data.qty as number };
  },
});
