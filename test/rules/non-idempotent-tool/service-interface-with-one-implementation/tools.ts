// "Handlers are followed through the helpers they call": a call through a receiver typed with a project interface runs
// the method of the class implementing it, when the package has one (`RecordService implements IRecordService`): its
// POST creates a record each time. Clean: the listing through the same interface (a GET), and a notifier interface with
// two implementations (which one the tool is handed is not written anywhere the analysis can see).
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { ToolContext } from './types';

export function registerRecordTools(server: McpServer, ctx: ToolContext): void {
  server.registerTool('create_record', { description: 'Create a record', inputSchema: { table: z.string(), fields: z.record(z.string(), z.unknown()) } },
    async ({ table, fields }) => {
      const record = await ctx.records.createRecord(table, fields); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: record.id }] };
    });
  server.registerTool('list_records', { description: 'List records', inputSchema: { table: z.string() } },
    async ({ table }) => ({ content: [{ type: 'text', text: JSON.stringify(await ctx.records.listRecords(table)) }] }));
  server.registerTool('notify_user', { description: 'Notify a user', inputSchema: { userId: z.string(), text: z.string() } },
    async ({ userId, text }) => {
      await ctx.notifier.notify(userId, text);
      return { content: [{ type: 'text', text: 'sent' }] };
    });
}
