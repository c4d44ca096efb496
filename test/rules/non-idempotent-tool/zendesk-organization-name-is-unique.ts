// Zendesk keeps an organization's name unique in the account: a second create under the same name is refused, so the
// first one stands alone. A ticket has no such key: each create opens another.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'support', version: '1.0.0' });
const base = `https://${process.env.ZENDESK_SUBDOMAIN}.zendesk.com/api/v2`;
const headers = { Authorization: `Bearer ${process.env.ZENDESK_TOKEN}`, 'Content-Type': 'application/json' };

server.tool('create_organization', 'Create an organization', { name: z.string() }, async ({ name }) => {
  const res = await fetch(`${base}/organizations.json`, { method: 'POST', headers, body: JSON.stringify({ organization: { name } }), signal: AbortSignal.timeout(10_000) });
  return { content: [{ type: 'text', text: await res.text() }] };
});

server.tool('open_ticket', 'Open a ticket', { subject: z.string() }, async ({ subject }) => {
  const res = await fetch(`${base}/tickets.json`, { method: 'POST', headers, body: JSON.stringify({ ticket: { subject } }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: await res.text() }] };
});

export { server };
