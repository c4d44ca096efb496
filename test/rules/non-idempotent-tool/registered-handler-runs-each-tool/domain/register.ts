// Registers domain tools: one MCP tool per operation, or one selector tool whose handler picks the operation
// with `tools.find(…)` and runs its `cb` (each operation's cb is that tool's handler).
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { DomainTool } from './types.js';

export function registerDomainTools(server: McpServer, tools: DomainTool<any>[], verbose: boolean) {
  if (verbose) {
    tools.forEach((tool) => {
      server.registerTool(`deploy-${tool.operation}`, { description: tool.operation, inputSchema: tool.inputSchema.shape }, async (args: unknown) => {
        const result = await tool.cb(args, {});
        return { content: [{ type: 'text' as const, text: result }] };
      });
    });
    return;
  }
  server.registerTool(
    'deploy-services',
    { description: 'Run a deploy operation', inputSchema: { operation: z.string(), params: z.unknown() } },
    async ({ operation, params }) => {
      const subtool = tools.find((t) => t.operation === operation);
      if (!subtool) return { content: [{ type: 'text' as const, text: 'unknown operation' }], isError: true };
      const result = await subtool.cb(params, {});
      return { content: [{ type: 'text' as const, text: result }] };
    },
  );
}
