// Handlers registered through defineSupportTool: creating a lead (axios instance POST) and adding a note to a
// lead (axios({ method: 'post' })) repeat on re-run. axios.create is a client factory, not a write,
// and the lookup is a GET.
import axios from 'axios';
import { z } from 'zod';
import { defineSupportTool } from './define-support-tool.js';

const crm = axios.create({ baseURL: 'https://crm.example.com/api/v3', timeout: 10_000 });

export const createLead = defineSupportTool(
  'create_lead',
  'Create a lead in the CRM',
  z.object({ name: z.string(), email: z.string().email(), company: z.string().optional() }),
  async ({ name, email, company }) => {
    const { data } = await crm.post('/leads', { name, email, company }); // expect: non-idempotent-tool
    return { leadId: data.id as string };
  },
);

export const noteLead = defineSupportTool(
  'note_lead',
  'Add a note to a lead',
  z.object({ leadId: z.string(), note: z.string() }),
  async ({ leadId, note }) => {
    await axios({ method: 'post', url: `https://crm.example.com/api/v3/leads/${leadId}/notes`, data: { note }, timeout: 10_000 }); // expect: non-idempotent-tool
    return 'noted';
  },
);

export const findLead = defineSupportTool(
  'find_lead',
  'Find a lead by email',
  z.object({ email: z.string().email() }),
  async ({ email }) => {
    const { data } = await crm.get('/leads', { params: { email } });
    return data;
  },
);
