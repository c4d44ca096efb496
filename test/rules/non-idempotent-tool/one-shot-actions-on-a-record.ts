// A CRM's and a billing API's actions on a record the caller names: converting a lead (also `…/{id}/convert/deal`), merging a task into another,
// paying a known invoice, moving a task to a given project, sending a known campaign now, asking for changes on a pull
// request, sending a saved draft by its id (over REST or a client's `drafts.send`). A repeat finds the lead converted,
// the task merged, the invoice paid, the task already there, the campaign sent, the draft gone: a state the record is
// moved to (test/corpus/README.md questions 5, 6 and 32), an update at low confidence at most (RULES.md). A refund of
// an amount, a new invoice and a new message stay findings: a repeat refunds, bills or sends again.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import axios from 'axios';
import { MailClient } from '@example-mail/sdk';
import { z } from 'zod';

const crm = axios.create({ baseURL: 'https://crm.example.com/v2', timeout: 20_000 });
const server = new McpServer({ name: 'crm', version: '1.0.0' });
const mail = new MailClient({ apiKey: process.env.MAIL_API_KEY });

server.tool('convert_lead', { leadId: z.string() }, async ({ leadId }) => {
  const { data } = await crm.post(`/Leads/${leadId}/actions/convert`, { data: [{}] }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

// Pipedrive-style: the action on the lead's id, then what the lead becomes.
server.tool('convert_lead_to_deal', { leadId: z.string() }, async ({ leadId }) => {
  const { data } = await crm.post(`/api/v2/leads/${leadId}/convert/deal`, {}); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('merge_tasks', { targetId: z.string(), sourceIds: z.array(z.string()) }, async ({ targetId, sourceIds }) => {
  const { data } = await crm.post(`/task/${targetId}/merge`, { source_task_ids: sourceIds }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('pay_invoice', { invoiceId: z.string() }, async ({ invoiceId }) => {
  const { data } = await crm.post(`/invoices/${invoiceId}/pay`); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('move_task', { taskId: z.string(), projectId: z.string() }, async ({ taskId, projectId }) => {
  const { data } = await crm.post(`/api/v1/tasks/${taskId}/move`, { project_id: projectId }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('send_campaign_now', { campaignId: z.number() }, async ({ campaignId }) => {
  const { data } = await crm.post(`/emailCampaigns/${campaignId}/sendNow`); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('request_changes', { prId: z.number() }, async ({ prId }) => {
  const { data } = await crm.post(`/pullrequests/${prId}/request-changes`); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('refund_invoice', { invoiceId: z.string(), amount: z.number() }, async ({ invoiceId, amount }) => {
  const { data } = await crm.post(`/invoices/${invoiceId}/refund`, { amount }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('create_invoice', { customerId: z.string(), amount: z.number() }, async ({ customerId, amount }) => {
  const { data } = await crm.post('/invoices', { customer_id: customerId, amount }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('send_draft', { draftId: z.string() }, async ({ draftId }) => {
  const { data } = await crm.post('/gmail/v1/users/me/drafts/send', { id: draftId }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('send_inbox_draft', { inboxId: z.string(), draftId: z.string() }, async ({ inboxId, draftId }) => {
  const sent = await mail.inboxes.drafts.send(inboxId, draftId); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(sent) }] };
});

server.tool('send_mail', { inboxId: z.string(), to: z.string(), text: z.string() }, async ({ inboxId, to, text }) => {
  const sent = await mail.inboxes.messages.send(inboxId, { to, text }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(sent) }] };
});
