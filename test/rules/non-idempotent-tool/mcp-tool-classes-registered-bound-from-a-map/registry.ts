// The registry keeps the tools in a Map and hands each one's `execute.bind(tool)` to `server.tool` under the tool's own
// name: every McpTool's `execute` is a handler.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { AddNoteTool, GetContactTool } from './contact-tools.js';
import type { McpTool } from './tool.js';

export class ToolRegistry {
  private readonly tools: Map<string, McpTool> = new Map();

  constructor() {
    for (const tool of [new AddNoteTool(), new GetContactTool()]) this.tools.set(tool.name, tool);
  }

  registerWith(server: McpServer) {
    for (const tool of this.tools.values()) {
      server.tool(tool.name, tool.description, {}, tool.execute.bind(tool));
    }
  }
}
