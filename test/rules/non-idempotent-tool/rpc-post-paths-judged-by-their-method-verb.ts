// APIs that send every call as POST and name the method in the path (a registrar's `/dns/edit/{domain}/{id}`, a CRM's
// `deals.move`, a messaging platform's `/users/delete`) are judged by that method's verb, the arguments the code fills in
// after it set aside: a get, retrieve, check, info or download reads (RULES.md: read-only "also when sent as POST"); an
// edit, update or set of given values and a delete or remove of what the call names repeat safely (RULES.md: low
// confidence at most; README question 5); a create, add or send writes again on every repeat.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'registrar-and-crm', version: '1.0.0' });
const BASE = 'https://api.registrar.example/v3';

async function registrarCall(path: string, body?: Record<string, unknown>) {
  const response = await fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key: process.env.REGISTRAR_KEY, ...body }),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

async function crmCall(method: string, body: Record<string, unknown>) {
  const response = await fetch(`https://api.crm.example/${method}`, {
    method: 'POST',
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

server.tool('records_by_name', { domain: z.string(), type: z.string(), sub: z.string() }, async ({ domain, type, sub }) => {
  const found = await registrarCall(`/dns/retrieveByNameType/${domain}/${type}/${sub}`);
  return { content: [{ type: 'text', text: JSON.stringify(found) }] };
});

server.tool('domain_available', { domain: z.string() }, async ({ domain }) => {
  const answer = await registrarCall(`/domain/checkDomain/${domain}`);
  return { content: [{ type: 'text', text: JSON.stringify(answer) }] };
});

server.tool('template_info', { id: z.string() }, async ({ id }) => {
  const template = await registrarCall('/templates/email/info', { template_id: id });
  return { content: [{ type: 'text', text: JSON.stringify(template) }] };
});

server.tool('quote_pdf', { id: z.string() }, async ({ id }) => {
  const link = await crmCall('quotations.download', { id, format: 'pdf' });
  return { content: [{ type: 'text', text: JSON.stringify(link) }] };
});

server.tool('record_edit', { domain: z.string(), id: z.string(), content: z.string() }, async ({ domain, id, content }) => {
  const done = await registrarCall(`/dns/edit/${domain}/${id}`, { content }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(done) }] };
});

server.tool('nameservers_set', { domain: z.string(), ns: z.array(z.string()) }, async ({ domain, ns }) => {
  const done = await registrarCall(`/domain/updateNs/${domain}`, { ns }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(done) }] };
});

server.tool('records_delete_by_name', { domain: z.string(), type: z.string(), sub: z.string() }, async ({ domain, type, sub }) => {
  const done = await registrarCall(`/dns/deleteByNameType/${domain}/${type}/${sub}`); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(done) }] };
});

server.tool('users_delete', { ids: z.array(z.string()) }, async ({ ids }) => {
  const done = await registrarCall('/users/delete', { external_ids: ids }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(done) }] };
});

server.tool('schedule_update', { scheduleId: z.string(), at: z.string() }, async ({ scheduleId, at }) => {
  const done = await registrarCall('/messages/schedule/update', { schedule_id: scheduleId, time: at }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(done) }] };
});

server.tool('deal_move', { id: z.string(), phase: z.string() }, async ({ id, phase }) => {
  const done = await crmCall('deals.move', { id, phase_id: phase }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(done) }] };
});

server.tool('deal_win', { id: z.string() }, async ({ id }) => {
  const done = await crmCall('deals.win', { id }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(done) }] };
});

server.tool('record_create', { domain: z.string(), content: z.string() }, async ({ domain, content }) => {
  const made = await registrarCall(`/dns/create/${domain}`, { content }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(made) }] };
});

server.tool('forward_add', { domain: z.string(), location: z.string() }, async ({ domain, location }) => {
  const made = await registrarCall(`/domain/addUrlForward/${domain}`, { location }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(made) }] };
});

server.tool('contact_add', { name: z.string() }, async ({ name }) => {
  const made = await crmCall('contacts.add', { name }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(made) }] };
});

server.tool('messages_send', { to: z.string(), text: z.string() }, async ({ to, text }) => {
  const sent = await registrarCall('/messages/send', { to, text }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(sent) }] };
});

server.tool('contact_get_or_create', { email: z.string() }, async ({ email }) => {
  const contact = await crmCall('contacts.getOrCreate', { email }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(contact) }] };
});

server.tool('invoice_update_and_send', { id: z.string() }, async ({ id }) => {
  const sent = await crmCall('invoices.updateAndSend', { id }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(sent) }] };
});

server.tool('comment_reply', { text: z.string() }, async ({ text }) => {
  const reply = await registrarCall('/comments/replies', { text }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(reply) }] };
});

server.tool('task_create', { title: z.string() }, async ({ title }) => {
  const task = await registrarCall('/tasks', { title }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(task) }] };
});
