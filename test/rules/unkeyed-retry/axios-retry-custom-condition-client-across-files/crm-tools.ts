// Sales-agent tools on the CRM. Creating a lead and logging an activity go through the retrying
// client with no key: both are reported. Searching contacts is a read and stays clean.
import { tool } from 'ai';
import { z } from 'zod';
import { crm } from './crm-client.js';

export const createLead = tool({
  description: 'Create a sales lead',
  inputSchema: z.object({ company: z.string(), contactEmail: z.string().email() }),
  execute: async ({ company, contactEmail }, { abortSignal }) => {
    const { data } = await crm.post('/leads', { company, contactEmail }, { signal: abortSignal }); // expect: unkeyed-retry
    return { leadId: data.id as string };
  },
});

export const logActivity = tool({
  description: 'Log a call or meeting against a lead',
  inputSchema: z.object({ leadId: z.string(), kind: z.enum(['call', 'meeting']), summary: z.string() }),
  execute: async ({ leadId, kind, summary }, { abortSignal }) => {
    await crm.post( // expect: unkeyed-retry
      `/leads/${leadId}/activities`,
      { kind, summary },
      { signal: abortSignal },
    );
    return { ok: true };
  },
});

export const findContacts = tool({
  description: 'Find contacts by name or email',
  inputSchema: z.object({ query: z.string() }),
  execute: async ({ query }, { abortSignal }) => {
    const { data } = await crm.get('/contacts', { params: { q: query }, signal: abortSignal });
    return data;
  },
});
