// Hetzner Cloud refuses a target a load balancer already has and a second service on a listen port in use (README
// question 19: a repeat creates nothing); Zoho CRM's Query API takes its COQL SELECT as a POST (a read). A snapshot
// image (a new one each call) and a Zoho record insert stay findings.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

async function hcloud(method: string, path: string, body?: unknown) {
  const res = await fetch(`https://api.hetzner.cloud/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${process.env.HCLOUD_TOKEN}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  return res.json();
}

async function zoho(path: string, body: unknown) {
  const res = await fetch(`https://www.zohoapis.com/crm/v7${path}`, {
    method: 'POST',
    headers: { Authorization: `Zoho-oauthtoken ${process.env.ZOHO_TOKEN}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  return res.json();
}

const server = new McpServer({ name: 'infra', version: '1.0.0' });

server.tool('lb_add_target', { lb: z.number(), serverId: z.number() }, async ({ lb, serverId }) => {
  const action = await hcloud('POST', `/load_balancers/${lb}/actions/add_target`, { type: 'server', server: { id: serverId } });
  return { content: [{ type: 'text', text: JSON.stringify(action) }] };
});

server.tool('lb_add_service', { lb: z.number(), port: z.number() }, async ({ lb, port }) => {
  const action = await hcloud('POST', `/load_balancers/${lb}/actions/add_service`, { protocol: 'tcp', listen_port: port, destination_port: port });
  return { content: [{ type: 'text', text: JSON.stringify(action) }] };
});

server.tool('snapshot_server', { serverId: z.number(), note: z.string() }, async ({ serverId, note }) => {
  const image = await hcloud('POST', `/servers/${serverId}/actions/create_image`, { type: 'snapshot', description: note }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(image) }] };
});

server.tool('crm_query', { query: z.string() }, async ({ query }) => {
  const rows = await zoho('/coql', { select_query: query });
  return { content: [{ type: 'text', text: JSON.stringify(rows) }] };
});

server.tool('crm_add_lead', { lastName: z.string(), company: z.string() }, async ({ lastName, company }) => {
  const made = await zoho('/Leads', { data: [{ Last_Name: lastName, Company: company }] }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(made) }] };
});
