// The list is filtered by the configuration before the loop registers each tool under its own name.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { bindCallback } from './factory.js';
import { tools } from './tools/index.js';

export function registerTools(server: McpServer, enabled: ReadonlySet<string>) {
  const enabledTools = tools.filter((tool) => enabled.has(tool.name));
  enabledTools.forEach((tool) => server.registerTool(tool.name, tool.config, bindCallback(tool.callback, { baseUrl: 'https://catalogue.example.com/api' })));
}
