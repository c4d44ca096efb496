// A sales CRM's MCP server over its REST API (an axios instance). A POST whose last segment says upsert finds the
// record by the unique fields it is given (RULES.md: an upsert on a unique key is safe), and a tag put on one contact,
// or on many listed in the body (`/people/tags/bulk`), is kept once (question 27); a bulk import of people is not. An estimate kept under the invoices collection is a record like the invoice: creating,
// sending and invoicing one are writes, not the computation `…/fees/estimate` answers. A tag defined under a
// sub-account's id (`/locations/{id}/tags`) is a new tag.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import axios from 'axios';
import { z } from 'zod';

const crm = axios.create({ baseURL: 'https://api.crm.example.com', timeout: 15_000 });
const server = new McpServer({ name: 'crm', version: '1.0.0' });

server.tool('upsert_person', { email: z.string(), name: z.string() }, async ({ email, name }) => {
  const { data } = await crm.post('/people/upsert', { email, name });
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('bulk_upsert_deals', { deals: z.array(z.object({ ref: z.string(), amount: z.number() })) }, async ({ deals }) => {
  const { data } = await crm.post('/deals/bulk-upsert', { deals });
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('tag_person', { personId: z.string(), tags: z.array(z.string()) }, async ({ personId, tags }) => {
  const { data } = await crm.post(`/people/${personId}/tags`, { tags });
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('tag_people', { personIds: z.array(z.string()), tags: z.array(z.string()) }, async ({ personIds, tags }) => {
  const { data } = await crm.post('/people/tags/bulk', { ids: personIds, tags, operation: 'add' });
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('import_people', { emails: z.array(z.string()) }, async ({ emails }) => {
  const { data } = await crm.post('/people/bulk', { people: emails.map((email) => ({ email })) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('estimate_fees', { amount: z.number() }, async ({ amount }) => {
  const { data } = await crm.post('/fees/estimate', { amount });
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('draft_estimate', { personId: z.string(), lines: z.array(z.string()) }, async ({ personId, lines }) => {
  const { data } = await crm.post('/invoices/estimate', { personId, lines }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('mail_estimate', { estimateId: z.string() }, async ({ estimateId }) => {
  const { data } = await crm.post(`/invoices/estimate/${estimateId}/send`, {}); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('create_area_tag', { locationId: z.string(), name: z.string() }, async ({ locationId, name }) => {
  const { data } = await crm.post(`/locations/${locationId}/tags`, { name }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('create_person', { email: z.string() }, async ({ email }) => {
  const { data } = await crm.post('/people', { email }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});
