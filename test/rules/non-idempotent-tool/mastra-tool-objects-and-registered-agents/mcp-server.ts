// The same Mastra tool objects offered over MCP: each arrow hands the input to the tool object's `execute`, which runs
// the function given to createTool. Opening a ticket is reported at the hand-over; reading one stays clean.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { openTicketTool, readTicketTool } from './desk-tools.js';

const server = new McpServer({ name: 'desk', version: '1.0.0' });

server.registerTool('open_ticket', { description: 'Open a ticket', inputSchema: { subject: z.string() } }, async (input) => {
  const ticket = await openTicketTool.execute({ context: input } as never); // expect: non-idempotent-tool
  return { content: [{ type: 'text' as const, text: JSON.stringify(ticket) }] };
});

server.registerTool('read_ticket', { description: 'Read a ticket', inputSchema: { id: z.string() } }, async (input) => {
  const ticket = await readTicketTool.execute({ context: input } as never);
  return { content: [{ type: 'text' as const, text: JSON.stringify(ticket) }] };
});
