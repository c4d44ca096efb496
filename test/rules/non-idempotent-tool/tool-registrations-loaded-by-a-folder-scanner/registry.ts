import type { Tool, CallToolResult } from '@modelcontextprotocol/sdk/types.js';

export type ToolHandler = (args: any, sessionId?: string) => Promise<CallToolResult>;

export interface ToolRegistration {
  tool: Tool;
  handler: ToolHandler;
}
