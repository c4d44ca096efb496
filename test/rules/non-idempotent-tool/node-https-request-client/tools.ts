// MCP tools over the https.request client: a contact create and a deal POST write (findings at the handler's call to
// the client); reading contacts (GET by default), a POST whose headers a helper keys from the input, and a token mint
// are clean.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { accessToken, crmRequest, noteHeaders } from './crm-client.js';

const server = new McpServer({ name: 'crm', version: '1.0.0' });

server.registerTool('create_contact', { inputSchema: { name: z.string(), email: z.string() } }, async ({ name, email }) => {
  const contact = await crmRequest<{ id: string }>({ method: 'POST', path: '/v1/contacts', body: { name, email } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: contact.id }] };
});

server.registerTool('log_deal', { inputSchema: { contactId: z.string(), amount: z.number() } }, async ({ contactId, amount }) => {
  await crmRequest({ method: 'POST', path: `/v1/contacts/${contactId}/deals`, body: { amount } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'logged' }] };
});

server.registerTool('list_contacts', { inputSchema: { query: z.string() } }, async ({ query }) => {
  const found = await crmRequest<unknown[]>({ path: `/v1/contacts?q=${encodeURIComponent(query)}` });
  return { content: [{ type: 'text', text: JSON.stringify(found) }] };
});

server.registerTool('add_note', { inputSchema: { contactId: z.string(), noteRef: z.string(), text: z.string() } }, async ({ contactId, noteRef, text }) => {
  const headers = noteHeaders(contactId, noteRef);
  await crmRequest({ method: 'POST', path: `/v1/contacts/${contactId}/notes`, body: { text }, headers });
  return { content: [{ type: 'text', text: 'noted' }] };
});

server.registerTool('connect', { inputSchema: { clientId: z.string(), clientSecret: z.string() } }, async ({ clientId, clientSecret }) => {
  const token = await accessToken(clientId, clientSecret);
  return { content: [{ type: 'text', text: token.slice(0, 4) }] };
});
