// A vendor package that exports its HTTP layer as a function, `request(token, path, { method, body })`, wrapped by
// one helper per method: the create tool's helper call POSTs a new incident every time (a finding at the tool's call);
// the list tool's GET reads, and so does a search sent through the POST helper.
import { tool } from 'ai';
import { request } from '@pagerhub/node-incidents';
import { z } from 'zod';

const token = () => process.env.PAGERHUB_TOKEN ?? '';

async function pagerGet(path: string) {
  return request(token(), path, { params: {} });
}

async function pagerPost(path: string, data: unknown) {
  return request(token(), path, { method: 'POST', body: data });
}

export const createIncident = tool({
  description: 'Open an incident',
  inputSchema: z.object({ title: z.string() }),
  execute: async ({ title }) => pagerPost('/incidents', { data: { type: 'incidents', attributes: { title } } }), // expect: non-idempotent-tool
});

export const listIncidents = tool({
  description: 'List open incidents',
  inputSchema: z.object({}),
  execute: async () => pagerGet('/incidents'),
});

export const searchIncidents = tool({
  description: 'Search incidents',
  inputSchema: z.object({ query: z.string() }),
  execute: async ({ query }) => pagerPost('/incidents/search', { query }),
});
