// An MCP server that registers every module of its tools folder: each file is required by a path built from the
// folder's listing, and the registered closure runs the module's `toolHandler`. No import names the tool modules.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import fs from 'fs';
import path from 'path';

export function createServer() {
  const server = new McpServer({ name: 'rooms', version: '1.0.0' });
  const toolsDir = path.join(__dirname, 'tools');
  for (const file of fs.readdirSync(toolsDir).filter((f) => f.endsWith('.ts') || f.endsWith('.js'))) {
    const toolModule = require(path.join(toolsDir, file));
    if (!toolModule.toolDefinition || !toolModule.toolHandler) continue;
    const handler = toolModule.toolHandler;
    server.tool(toolModule.toolDefinition.name, toolModule.toolDefinition.description, { input: z.any() }, async (input: any) => {
      const result = await handler(input);
      return { content: [{ type: 'text' as const, text: JSON.stringify(result) }] };
    });
  }
  return server;
}
