// Registers every tool of the tables built in tools/ in one loop; the registered function calls the entry's handler.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { orderTools } from './tools/orders.js';
import { getNoteTools } from './tools/notes.js';

const server = new McpServer({ name: 'shop', version: '1.0.0' });
const allTools = [...orderTools];

for (const tool of allTools) {
  server.tool(tool.name, tool.description, tool.inputSchema.shape, async (input: Record<string, unknown>) => {
    const result = await (tool.handler as (input: unknown) => Promise<unknown>)(input);
    const response = result as { ok: boolean; data?: unknown };
    const text = JSON.stringify(response.data ?? { success: true });
    return { content: [{ type: 'text' as const, text }] };
  });
}

const noteTools = getNoteTools(process.env.CRM_TOKEN ?? '');
for (const [name, tool] of Object.entries(noteTools)) {
  server.tool(name, tool.description, async (args: any) => ({ content: [{ type: 'text' as const, text: JSON.stringify(await tool.handler(args)) }] }));
}
