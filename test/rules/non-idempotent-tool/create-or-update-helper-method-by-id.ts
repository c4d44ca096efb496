// A CRM client's save helper picks its method by whether it is given an id (`opts.id === undefined ? 'POST' :
// 'PUT'`): the create tool passes none, so its call POSTs a new contact (a finding); the update tool passes the
// contact's id, so its call PUTs to that id (a PUT to a client-chosen id repeats safely). The helper forwards its
// options to a request function that defaults to GET and spreads in a body only when there is one
// (`...(body === undefined ? {} : { body })` sets no method: the method stays the caller's).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const BASE = 'https://crm.example.com/api';

class CrmClient {
  private async request(path: string, init: { method?: string; body?: unknown } = {}) {
    const res = await fetch(`${BASE}${path}`, {
      method: init.method ?? 'GET',
      signal: AbortSignal.timeout(10_000),
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    return res.json();
  }

  async save(resource: string, payload: Record<string, unknown>, opts: { id?: string; method?: 'POST' | 'PUT' } = {}) {
    const method = opts.method ?? (opts.id === undefined ? 'POST' : 'PUT');
    const path = opts.id === undefined ? `/${resource}` : `/${resource}/${opts.id}`;
    return this.request(path, { method, body: payload });
  }

  async list(resource: string) {
    return this.request(`/${resource}`);
  }
}

const crm = new CrmClient();
const server = new McpServer({ name: 'crm', version: '1.0.0' });

server.registerTool(
  'create_contact',
  { description: 'Create a contact', inputSchema: { name: z.string(), email: z.string() } },
  async ({ name, email }) => {
    const created = await crm.save('contacts', { name, email }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: JSON.stringify(created) }] };
  },
);

server.registerTool(
  'update_contact',
  { description: 'Update a contact', inputSchema: { id: z.string(), name: z.string() } },
  async ({ id, name }) => {
    const updated = await crm.save('contacts', { name }, { id });
    return { content: [{ type: 'text', text: JSON.stringify(updated) }] };
  },
);

server.registerTool(
  'list_contacts',
  { description: 'List contacts', inputSchema: {} },
  async () => ({ content: [{ type: 'text', text: JSON.stringify(await crm.list('contacts')) }] }),
);
