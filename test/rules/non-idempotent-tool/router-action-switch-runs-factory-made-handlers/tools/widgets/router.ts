import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { createWidgetHandler } from './handlers/createWidget.js';
import { listWidgetsHandler } from './handlers/listWidgets.js';
import { copyWidgetHandler } from './handlers/copyWidget.js';

const copySchema = z.object({ token: z.string(), id: z.string() });

export const registerWidgetsRouter = (server: McpServer) => {
  server.tool(
    'widgets',
    { action: z.enum(['create', 'list']), args: z.record(z.any()).optional() },
    async (input) => {
      const { action, args: actionArgs = {} } = input;
      let result: unknown;
      switch (action) {
        case 'create':
          result = await createWidgetHandler(actionArgs as any);
          break;
        case 'list':
          result = await listWidgetsHandler(actionArgs as any);
          break;
      }
      return { content: [{ type: 'text', text: JSON.stringify(result) }] };
    },
  );

  // The input validated into a `let` before the switch is still the input as it came.
  server.tool('widget_copies', { action: z.enum(['copy', 'count']), args: z.record(z.any()).optional() }, async ({ action, args = {} }) => {
    let validated: { token: string; id: string };
    try {
      validated = copySchema.parse(args);
    } catch (error) {
      return { content: [{ type: 'text', text: `invalid arguments: ${String(error)}` }] };
    }
    const chosen = action as 'copy' | 'count';
    switch (chosen) {
      case 'copy':
        return await copyWidgetHandler(validated);
      case 'count':
        return await listWidgetsHandler(validated);
    }
  });
};
