// An MCP server builder whose client is a parameter's default (`client = new CrmClient(base)`), exported for the
// package's users to call: no project code passes another, so the default is what the tools call. The client keeps
// the fetch it was handed (global `fetch` by default) behind a closure assigned in its constructor
// (`this.send = (input, init) => fetchImpl(input, init)`). `create_deal` POSTs a new deal each call; `get_deal` only
// reads, and `convert_lead` moves a known lead to a deal once (question 32): an update at low confidence.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

type Send = typeof fetch;

export class CrmClient {
  private readonly send: Send;

  constructor(private readonly base: string, fetchImpl: Send = fetch) {
    this.send = (input, init) => fetchImpl(input, init);
  }

  get(path: string) {
    return this.call('GET', path);
  }

  post(path: string, body: unknown) {
    return this.call('POST', path, body);
  }

  private async call(method: 'GET' | 'POST', path: string, body?: unknown) {
    const response = await this.send(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    return response.json();
  }
}

export function buildCrmServer(base: string, client = new CrmClient(base)) {
  const server = new McpServer({ name: 'crm', version: '1.0.0' });

  server.registerTool('create_deal', { description: 'Create a deal', inputSchema: { title: z.string(), value: z.number() } }, async ({ title, value }) => {
    const deal = await client.post('/deals', { title, value }); // expect: non-idempotent-tool
    return { content: [{ type: 'text' as const, text: JSON.stringify(deal) }] };
  });

  server.registerTool('get_deal', { description: 'Read a deal', inputSchema: { id: z.string() } }, async ({ id }) => {
    const deal = await client.get(`/deals/${encodeURIComponent(id)}`);
    return { content: [{ type: 'text' as const, text: JSON.stringify(deal) }] };
  });

  server.registerTool('convert_lead', { description: 'Convert a lead to a deal', inputSchema: { leadId: z.string() } }, async ({ leadId }) => {
    const deal = await client.post(`/leads/${leadId}/convert/deal`, {}); // expect: non-idempotent-tool confidence=low
    return { content: [{ type: 'text' as const, text: JSON.stringify(deal) }] };
  });

  return server;
}
