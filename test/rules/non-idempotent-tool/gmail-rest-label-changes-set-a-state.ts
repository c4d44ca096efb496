// Gmail's REST API called with fetch, as the googleapis client's methods would call it: adding or removing label ids on
// a message (`…/messages/{id}/modify`) or a thread, and moving a message to the trash, set what the message carries — a
// repeat leaves the same labels (low confidence at most, RULES.md; test/corpus/README.md questions 5 and 6). Sending a
// message (`…/messages/send`) delivers it again on every call: a finding.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const MAIL = 'https://gmail.googleapis.com/gmail/v1/users/me';
const server = new McpServer({ name: 'mailbox', version: '1.0.0' });

async function gmail(path: string, body: unknown) {
  const res = await fetch(`${MAIL}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.GMAIL_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  return res.json();
}

server.tool('label_message', { id: z.string(), add: z.array(z.string()), remove: z.array(z.string()) }, async ({ id, add, remove }) => {
  const message = await gmail(`/messages/${id}/modify`, { addLabelIds: add, removeLabelIds: remove }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(message.labelIds) }] };
});

server.tool('archive_thread', { thread: z.string() }, async ({ thread }) => {
  await gmail(`/threads/${thread}/modify`, { removeLabelIds: ['INBOX'] }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'archived' }] };
});

server.tool('trash_message', { id: z.string() }, async ({ id }) => {
  await gmail(`/messages/${id}/trash`, {}); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'trashed' }] };
});

server.tool('send_reply', { raw: z.string(), thread: z.string() }, async ({ raw, thread }) => {
  const sent = await gmail('/messages/send', { raw, threadId: thread }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: sent.id }] };
});
