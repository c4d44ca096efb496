// An MCP server over the Resend SDK (not installed: matched by import specifier). Every create makes a new
// record (an API key, a contact, a webhook, a segment), and sending a broadcast mails the audience again.
// Only emails.send and batch.send take an idempotencyKey. Clean at medium: adding a known contact to a
// known segment (membership, set-like), updates that set fields, and removes of a known id (low only).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { Resend } from 'resend';
import { z } from 'zod';

const resend = new Resend(process.env.RESEND_API_KEY);
const server = new McpServer({ name: 'mail', version: '1.0.0' });

server.tool('create-api-key', 'Create an API key', { name: z.string() }, async ({ name }) => {
  const { data } = await resend.apiKeys.create({ name }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: data?.token ?? '' }] };
});

server.tool('create-contact', 'Add a contact', { email: z.string() }, async ({ email }) => {
  const { data } = await resend.contacts.create({ email }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: data?.id ?? '' }] };
});

server.tool('create-webhook', 'Register a webhook', { endpoint: z.string() }, async ({ endpoint }) => {
  const { data } = await resend.webhooks.create({ endpoint, events: ['email.sent'] }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: data?.id ?? '' }] };
});

server.tool('send-broadcast', 'Send a broadcast', { id: z.string() }, async ({ id }) => {
  await resend.broadcasts.send(id); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'sent' }] };
});

server.tool('add-to-segment', 'Put a contact in a segment', { contactId: z.string(), segmentId: z.string() }, async ({ contactId, segmentId }) => {
  await resend.contacts.segments.add({ contactId, segmentId });
  return { content: [{ type: 'text', text: 'added' }] };
});

server.tool('rename-segment-topic', 'Rename a topic', { id: z.string(), name: z.string() }, async ({ id, name }) => {
  await resend.topics.update({ id, name }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'renamed' }] };
});

server.tool('remove-webhook', 'Remove a webhook', { id: z.string() }, async ({ id }) => {
  await resend.webhooks.remove(id); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'removed' }] };
});

server.tool('list-domains', 'List domains', {}, async () => {
  const { data } = await resend.domains.list();
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('send-welcome', 'Send the welcome email once per contact', { contactId: z.string(), email: z.string() }, async ({ contactId, email }) => {
  await resend.emails.send({ from: 'a@b.dev', to: email, subject: 'Welcome', html: '<p>Hi</p>' }, { idempotencyKey: `welcome/${contactId}` });
  return { content: [{ type: 'text', text: 'sent' }] };
});
