// The MCP server registers each listed tool and routes it to runTool with one client built here; the preview tool
// goes to runPreview.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { LedgerClient } from './ledger-client.js';
import { runTool } from './dispatch.js';
import { runPreview } from './preview.js';

const tools = [
  { name: 'list_entries', description: 'List ledger entries', schema: { account: z.string().optional() } },
  { name: 'post_entry', description: 'Post a ledger entry', schema: { account: z.string(), amount: z.number() } },
  { name: 'email_receipt', description: 'Email the receipt of an entry', schema: { id: z.string() } },
];

export function register(server: McpServer, token: string) {
  const ledger = new LedgerClient(token);
  for (const tool of tools) {
    server.tool(tool.name, tool.description, tool.schema, async (args) => runTool(tool.name, ledger, args || {}));
  }
  server.tool('preview_entry', 'Preview a ledger entry without posting it', { account: z.string(), amount: z.number() }, async (args) =>
    runPreview('preview_entry', args),
  );
}
