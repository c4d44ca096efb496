// Every tool of the table registered under its key, with its config and handler.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { allTools } from './tools/index.js';

const server = new McpServer({ name: 'mail', version: '1.0.0' });
for (const [name, tool] of Object.entries(allTools)) {
  server.registerTool(name, tool.config, tool.handler as any);
}
