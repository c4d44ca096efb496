// Every project tool is registered on the MCP server in one loop, far from where its handler is written.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { ProjectTool } from './define.js';
import { jobTools } from './tools/jobs.js';

const tools: Record<string, ProjectTool> = { ...jobTools };

export function createServer(): McpServer {
  const server = new McpServer({ name: 'queue', version: '1.0.0' });
  for (const [name, definition] of Object.entries(tools)) {
    server.registerTool(name, { description: definition.description, inputSchema: (definition.inputSchema as z.AnyZodObject).shape }, async (args) => {
      const result = await definition.handler(args);
      return { content: [{ type: 'text' as const, text: JSON.stringify(result) }] };
    });
  }
  return server;
}
