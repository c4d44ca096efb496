// A vendor SDK's own request method, with the HTTP method written at the call: `client.request({ method, url })` as
// @sendgrid/client takes it, `api.request(path, 'POST', body)` as exa-js does. Creating a list POSTs a new one on every
// call; a search sent as POST, a GET, and a PUT to the contact's own id repeat safely; a JSON-RPC request names no HTTP
// method at all.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { MailClient } from '@mailhouse/client';
import { ResearchApi } from 'deepsearch-js';
import { RpcProvider } from 'chain-rpc-client';
import { z } from 'zod';

const mail = new MailClient({ apiKey: process.env.MAIL_KEY! });
const research = new ResearchApi(process.env.RESEARCH_KEY!);
const provider = new RpcProvider(process.env.RPC_URL!);
const ENDPOINTS = { SEARCH: '/search', TASKS: '/tasks' } as const;

const server = new McpServer({ name: 'mail', version: '1.0.0' });

server.tool('create_list', { name: z.string() }, async ({ name }) => {
  const [response] = await mail.request({ method: 'POST', url: '/v3/marketing/lists', body: { name } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(response.body) }] };
});

server.tool('search_contacts', { query: z.string() }, async ({ query }) => {
  const [response] = await mail.request({ method: 'POST', url: '/v3/marketing/contacts/search', body: { query } });
  return { content: [{ type: 'text', text: JSON.stringify(response.body) }] };
});

server.tool('get_list', { id: z.string() }, async ({ id }) => {
  const [response] = await mail.request({ method: 'GET', url: `/v3/marketing/lists/${id}` });
  return { content: [{ type: 'text', text: JSON.stringify(response.body) }] };
});

server.tool('replace_contact', { id: z.string(), email: z.string() }, async ({ id, email }) => {
  const [response] = await mail.request({ method: 'PUT', url: `/v3/marketing/contacts/${id}`, body: { email } });
  return { content: [{ type: 'text', text: JSON.stringify(response.body) }] };
});

server.tool('start_task', { instructions: z.string() }, async ({ instructions }) => {
  const task = await research.request(ENDPOINTS.TASKS, 'POST', { instructions }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(task) }] };
});

server.tool('web_search', { query: z.string() }, async ({ query }) => {
  const results = await research.request(ENDPOINTS.SEARCH, 'POST', { query });
  return { content: [{ type: 'text', text: JSON.stringify(results) }] };
});

server.tool('chain_id', {}, async () => {
  const id = await provider.request({ method: 'eth_chainId', params: [] });
  return { content: [{ type: 'text', text: String(id) }] };
});
