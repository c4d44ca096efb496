// The registration, in another file than the tuples it spreads (reported in tuple-tools.ts, once).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ticketTools, type Tool } from './tuple-tools.js';

export function registerTicketTools(server: McpServer) {
  const all = [...ticketTools] as Tool[];
  all.forEach((tool) => {
    server.tool(...tool);
  });
}
