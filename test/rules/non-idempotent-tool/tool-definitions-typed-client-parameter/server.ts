import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { TicketClient } from './ticket-client.js';
import { allTools } from './definitions.js';
import { startJobs } from './maintenance.js';

const server = new McpServer({ name: 'tickets', version: '1.0.0' });
const client = new TicketClient();

for (const tool of allTools) {
  server.tool(tool.name, tool.description, {}, async (args) => {
    const result = await tool.handler(client, args);
    return { content: [{ type: 'text', text: JSON.stringify(result) }] };
  });
}

startJobs(client);
