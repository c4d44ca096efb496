// Loads the groups in parallel, lists them again, and registers every tool with the handler its own group holds under
// the tool's name (corpus README question 11).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { DepotClient } from './client.js';

async function loadGroups(client: DepotClient) {
  const [shipments, pickups] = await Promise.all([
    import('./tools/shipments.js').then((m) => m.getTools(client)),
    import('./tools/pickups.js').then((m) => m.getTools(client)),
  ]);
  return [shipments, pickups];
}

async function main() {
  const client = new DepotClient();
  const server = new McpServer({ name: 'depot', version: '1.0.0' });
  const groups = await loadGroups(client);
  for (const group of groups) {
    for (const tool of group.tools) {
      const handler = group.handlers[tool.name];
      if (!handler) continue;
      server.registerTool(tool.name, { description: tool.description, inputSchema: { ref: z.string().optional() } }, async (args) => {
        const result = await handler(args as Record<string, unknown>);
        return { content: result.content };
      });
    }
  }
}

void main();
