// Registers every tool object on the server. The CLI command object below has a description and a handler that
// POSTs, but no input schema: a command a person runs, not a tool a model calls.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { AppContext } from './context.js';
import { createProjectTool, listProjectsTool } from './tools/projects.js';

export function registerTools(server: McpServer, apiUrl: string) {
  const ctx = new AppContext(apiUrl);
  for (const tool of [createProjectTool, listProjectsTool]) {
    server.registerTool(tool.name, { description: tool.description, inputSchema: tool.inputSchema }, async (input, extra) => {
      return tool.handler(input, { ...extra, ctx });
    });
  }
}

export const seedCommand = {
  command: 'seed',
  description: 'Create the demo project',
  handler: async () => {
    const client = await new AppContext(process.env.API_URL ?? '').getApiClient();
    await client.createProject('demo', { name: 'Demo' });
  },
};
