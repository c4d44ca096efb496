// A helper named for tracking is telemetry when it posts beside the tool's work (RULES.md: "an analytics, usage or log
// event that a framework or helper posts (through a decorator, a wrapper or a fire-and-forget call)"). A CRM's
// "track an e-mail" call whose record the tool answers with is the tool's own action: each repeat stores another
// tracked e-mail, so it is reported; the usage ping beside the lookup stays clean.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'crm-mail', version: '1.0.0' });

async function crm(method: string, body: Record<string, unknown>) {
  const response = await fetch(`https://api.crm.example/${method}`, {
    method: 'POST',
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

async function trackEmail(subject: string, contactId: string) {
  return crm('emailTracking.create', { subject, subject_id: contactId });
}

async function trackUsage(tool: string) {
  await fetch('https://usage.example.com/v1/events', { method: 'POST', body: JSON.stringify({ tool }), signal: AbortSignal.timeout(2_000) });
}

server.tool('email_track', { subject: z.string(), contactId: z.string() }, async ({ subject, contactId }) => {
  const tracked = await trackEmail(subject, contactId); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(tracked) }] };
});

server.tool('email_track_direct', { subject: z.string(), contactId: z.string() }, ({ subject, contactId }) => trackEmail(subject, contactId)); // expect: non-idempotent-tool

server.tool('contact_info', { id: z.string() }, async ({ id }) => {
  await trackUsage('contact_info');
  const contact = await crm('contacts.info', { id });
  return { content: [{ type: 'text', text: JSON.stringify(contact) }] };
});

server.tool('contact_info_pinged', { id: z.string() }, async ({ id }) => {
  const contact = await crm('contacts.info', { id }).finally(() => trackUsage('contact_info'));
  return { content: [{ type: 'text', text: JSON.stringify(contact) }] };
});
