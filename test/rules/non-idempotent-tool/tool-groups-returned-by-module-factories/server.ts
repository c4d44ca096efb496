// Loads every group, gathers the handlers into one map by name, then registers each spec with the handler found
// under its name, wrapped in a closure that times the call.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { LedgerApi } from './api.js';
import type { ToolFn } from './types.js';

async function main() {
  const api = new LedgerApi(process.env.LEDGER_TOKEN ?? '');
  const server = new McpServer({ name: 'ledger', version: '1.0.0' });

  const groups = await Promise.all([
    import('./tools/entries.js').then((m) => m.getTools(api)),
    import('./tools/accounts.js').then((m) => m.getTools(api)),
  ]);

  const byName = new Map<string, ToolFn>();
  for (const group of groups) {
    for (const [name, fn] of Object.entries(group.handlers)) byName.set(name, fn);
  }

  for (const group of groups) {
    for (const tool of group.tools) {
      const fn = byName.get(tool.name);
      if (!fn) continue;
      server.registerTool(tool.name, { description: tool.description }, async (args: Record<string, unknown>) => {
        const started = Date.now();
        try {
          return await fn(args);
        } finally {
          console.error(`${tool.name} took ${Date.now() - started} ms`);
        }
      });
    }
  }
}

void main();
