// One MCP registration per tool definition, in a loop: the handler it registers runs whatever the handler
// table (another module) holds under the tool's own name. Each function of that table is a tool handler.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { createPlatformClient } from './platform-client.js';
import { HANDLERS, REPORTS, type ToolHandler } from './handlers.js';

const TOOLS = [
  { name: 'create_project', description: 'Create a project', inputSchema: z.object({ name: z.string() }) },
  { name: 'list_projects', description: 'List projects', inputSchema: z.object({}) },
  { name: 'delete_project', description: 'Delete a project', inputSchema: z.object({ projectId: z.string() }) },
  { name: 'send_test_email', description: 'Send a test email', inputSchema: z.object({ projectId: z.string(), to: z.string() }) },
  { name: 'configure_auth', description: 'Configure auth', inputSchema: z.object({ projectId: z.string(), operation: z.string() }) },
] as const;

export function createServer(apiKey: string, mode: 'daily' | 'weekly') {
  const server = new McpServer({ name: 'platform', version: '1.0.0' });
  const client = createPlatformClient(apiKey);
  TOOLS.forEach((tool) => {
    const handler = HANDLERS[tool.name];
    server.tool(tool.name, tool.description, { params: tool.inputSchema }, async (args) => {
      const run = handler as ToolHandler;
      // A table looked up by something other than the tool's name is not a tool table.
      await REPORTS[mode](client);
      return run(args, client);
    });
  });
  return server;
}
