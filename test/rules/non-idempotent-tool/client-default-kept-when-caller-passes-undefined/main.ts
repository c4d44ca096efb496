import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { buildTicketServer } from './tools';

const server = buildTicketServer(process.env.TICKETS_URL ?? 'https://tickets.example.com', undefined, { name: 'tickets' });
await server.connect(new StdioServerTransport());
