// A GraphQL client for an API whose endpoint does not say "graphql" (`https://api.example-psa.com/msp`): every
// request is a POST of `{ query, variables }`, so the POST alone says nothing. The document each tool hands the
// client decides, as it does for a POST to a `/graphql` URL: listing and reading tickets send queries (clean);
// creating a ticket sends a `createTicket` mutation, a new ticket on every call.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const ENDPOINT = 'https://api.example-psa.com/msp';

class PsaClient {
  constructor(private readonly token: string) {}

  async query<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(20_000),
    });
    const result = (await response.json()) as { data: T };
    return result.data;
  }

  async mutate<T>(mutation: string, variables?: Record<string, unknown>): Promise<T> {
    return this.query<T>(mutation, variables);
  }
}

const LIST_TICKETS = `
  query listTickets($page: Int!) {
    tickets(page: $page) { id subject status }
  }
`;

const GET_TICKET = `query getTicket($id: ID!) { ticket(id: $id) { id subject body } }`;

const CREATE_TICKET = `
  mutation createTicket($input: TicketInput!) {
    createTicket(input: $input) { id }
  }
`;

const client = new PsaClient(process.env.PSA_TOKEN ?? '');
const server = new McpServer({ name: 'psa', version: '1.0.0' });

server.tool('list_tickets', { page: z.number() }, async ({ page }) => {
  const data = await client.query(LIST_TICKETS, { page });
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('get_ticket', { id: z.string() }, async ({ id }) => {
  const data = await client.query(GET_TICKET, { id });
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('create_ticket', { subject: z.string(), body: z.string() }, async ({ subject, body }) => {
  const data = await client.mutate(CREATE_TICKET, { input: { subject, body } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});
