// Tools reach the providers only through the registry. Either SMS factory's object may be installed, so sending a text
// may post a new message to the carrier (a finding, through a variable or called on the lookup directly); the status
// lookup only reads in both implementations, and the pager has no implementation the project can show (both clean).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { getProvider, installProviders } from './registry.js';

const server = new McpServer({ name: 'notify', version: '1.0.0' });
installProviders(process.env.DEMO === '1');

server.registerTool('send_text', { inputSchema: { to: z.string(), body: z.string() } }, async ({ to, body }) => {
  const sms = getProvider('sms');
  const sent = await sms.sendText(to, body); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: sent.id }] };
});

server.registerTool('send_code', { inputSchema: { to: z.string() } }, async ({ to }) => {
  const code = String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
  await getProvider('sms').sendText(to, `Your code is ${code}`); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'sent' }] };
});

server.registerTool('text_status', { inputSchema: { id: z.string() } }, async ({ id }) => {
  const status = await getProvider('sms').deliveryStatus(id);
  return { content: [{ type: 'text', text: status }] };
});

server.registerTool('page_team', { inputSchema: { team: z.string(), summary: z.string() } }, async ({ team, summary }) => {
  const pager = getProvider('pager');
  await pager.page(team, summary);
  return { content: [{ type: 'text', text: 'paged' }] };
});
