// AI SDK tools calling the CRM helpers with different options.
import { tool } from 'ai';
import { z } from 'zod';
import { apiRequest, passThrough, timedRequest } from './crm-api.js';

export const createContact = tool({
  description: 'Create a CRM contact',
  inputSchema: z.object({ email: z.string() }),
  execute: async ({ email }) => apiRequest('/contacts', { method: 'POST', body: JSON.stringify({ email }) }),
});

export const getContact = tool({
  description: 'Read a CRM contact',
  inputSchema: z.object({ id: z.string() }),
  execute: async ({ id }, { abortSignal }) => apiRequest(`/contacts/${id}`, { signal: abortSignal }),
});

export const listDeals = tool({
  description: 'List open deals',
  inputSchema: z.object({}),
  execute: async (_input, { abortSignal }) => {
    const open = await timedRequest('/deals?status=open', { signal: AbortSignal.any([abortSignal!, AbortSignal.timeout(5_000)]) });
    const won = await timedRequest('/deals?status=won', { method: 'GET', signal: AbortSignal.timeout(5_000) });
    return { open, won };
  },
});

export function makeRawTool(config: RequestInit) {
  return tool({
    description: 'Raw CRM read',
    inputSchema: z.object({ path: z.string() }),
    execute: async ({ path }) => passThrough(path, config),
  });
}
