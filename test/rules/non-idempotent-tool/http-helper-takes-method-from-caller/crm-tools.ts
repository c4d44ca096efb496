// MCP tools that write through method-taking helpers: the finding is at each tool's call to the
// helper that the tool makes with a mutating method. Reads (the default GET, an explicit GET, a
// search sent as POST), a PUT to the contact's own URL and a POST whose Idempotency-Key the caller
// derives from the tool's input all stay clean.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { BillingClient, call, crmRequest, request } from './crm-client.js';

const server = new McpServer({ name: 'crm', version: '2.0.0' });
const billing = new BillingClient('https://billing.example.com');

server.tool('create_contact', { name: z.string(), email: z.string() }, async ({ name, email }) => {
  const contact = await crmRequest<{ id: string }>('/contacts', { method: 'POST', body: { name, email } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: contact.id }] };
});

server.tool('get_contact', { id: z.string() }, async ({ id }) => {
  const contact = await crmRequest<{ name: string }>(`/contacts/${id}`);
  return { content: [{ type: 'text', text: contact.name }] };
});

server.tool('search_contacts', { query: z.string() }, async ({ query }) => {
  const hits = await crmRequest<unknown[]>('/contacts/search', { method: 'POST', body: { query } });
  return { content: [{ type: 'text', text: JSON.stringify(hits) }] };
});

server.tool('rename_contact', { id: z.string(), name: z.string() }, async ({ id, name }) => {
  await crmRequest(`/contacts/${id}`, { method: 'PUT', body: { id, name } });
  return { content: [{ type: 'text', text: 'renamed' }] };
});

server.tool('create_deal', { contactId: z.string(), title: z.string() }, async ({ contactId, title }) => {
  const deal = await crmRequest<{ id: string }>('/deals', {
    method: 'POST',
    body: { contactId, title },
    headers: { 'Idempotency-Key': `deal-${contactId}-${title}` },
  });
  return { content: [{ type: 'text', text: deal.id }] };
});

server.tool('log_call', { contactId: z.string(), summary: z.string() }, async ({ contactId, summary }) => {
  await request('/calls', 'POST', { contactId, summary }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'logged' }] };
});

server.tool('list_calls', { contactId: z.string() }, async ({ contactId }) => {
  const calls = await request(`/calls?contact=${contactId}`, 'GET');
  return { content: [{ type: 'text', text: JSON.stringify(calls) }] };
});

server.tool('add_note', { contactId: z.string(), text: z.string() }, async ({ contactId, text }) => {
  await call(`/contacts/${contactId}/notes`, { method: 'POST', body: JSON.stringify({ text }) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'noted' }] };
});

server.tool('get_notes', { contactId: z.string() }, async ({ contactId }) => {
  const notes = await call(`/contacts/${contactId}/notes`);
  return { content: [{ type: 'text', text: JSON.stringify(notes) }] };
});

server.tool('send_invoice', { contactId: z.string(), cents: z.number() }, async ({ contactId, cents }) => {
  const invoice = await billing.post('/invoices', { contactId, cents }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(invoice) }] };
});

server.tool('get_invoice', { invoiceId: z.string() }, async ({ invoiceId }) => {
  const invoice = await billing.get(`/invoices/${invoiceId}`);
  return { content: [{ type: 'text', text: JSON.stringify(invoice) }] };
});
