// The toolkit is an MCP server that registers one ApiTool at a time.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CreateItemTool, GetItemTool, type ApiTool } from './item-tools.js';

export class ItemToolkit extends McpServer {
  constructor() {
    super({ name: 'items', version: '1.0.0' });
    [new CreateItemTool(), new GetItemTool()].forEach((tool) => this.registerSingleTool(tool));
  }

  private registerSingleTool(tool: ApiTool): void {
    this.registerTool(tool.name, { description: tool.getDescription(), inputSchema: {} }, async (args: Record<string, unknown>) => {
      const result = await tool.execute(args);
      return { content: [{ type: 'text' as const, text: JSON.stringify(result) }] };
    });
  }
}
