// The server registers each tool through its own registerTool, whose wrapped handler validates the input and
// then calls the handler it was given: `(params) => tool.handler(context, params)`, the tool's own handler.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Context, Tool } from './types.js';
import { getToolsFromContext } from './tools/index.js';

export class AnalyticsMcp {
  readonly server = new McpServer({ name: 'analytics', version: '1.0.0' });

  constructor(private readonly context: Context) {}

  registerTool(tool: Tool, handler: (params: unknown) => Promise<unknown>): void {
    const wrappedHandler = async (params: unknown) => {
      const validation = tool.schema.safeParse(params);
      if (!validation.success) return { content: [{ type: 'text' as const, text: validation.error.message }], isError: true };
      const result = await handler(validation.data);
      return { content: [{ type: 'text' as const, text: JSON.stringify(result) }] };
    };
    this.server.registerTool(tool.name, { title: tool.title, description: tool.description, inputSchema: tool.schema.shape }, wrappedHandler);
  }

  async init(enabled: string[]) {
    const context = this.context;
    const allTools = await getToolsFromContext(context, enabled);
    for (const tool of allTools) {
      this.registerTool(tool, async (params) => tool.handler(context, params));
    }
  }
}
