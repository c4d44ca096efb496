// `buildTicketServer(base, undefined, options)`: an `undefined` argument leaves the parameter's default in place, as an
// omitted one does, so the tools call the default `TicketClient`. `open_ticket` POSTs a new ticket each call;
// `list_tickets` only reads.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

export class TicketClient {
  constructor(private readonly base: string) {}

  async request(method: 'GET' | 'POST', path: string, body?: unknown) {
    const response = await fetch(`${this.base}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    return response.json();
  }
}

export function buildTicketServer(base: string, client = new TicketClient(base), options: { name?: string } = {}) {
  const server = new McpServer({ name: options.name ?? 'tickets', version: '1.0.0' });
  server.registerTool('open_ticket', { description: 'Open a ticket', inputSchema: { subject: z.string() } }, async ({ subject }) => {
    const ticket = await client.request('POST', '/tickets', { subject }); // expect: non-idempotent-tool
    return { content: [{ type: 'text' as const, text: JSON.stringify(ticket) }] };
  });
  server.registerTool('list_tickets', { description: 'List tickets', inputSchema: {} }, async () => {
    const tickets = await client.request('GET', '/tickets');
    return { content: [{ type: 'text' as const, text: JSON.stringify(tickets) }] };
  });
  return server;
}
