export interface ToolSpec {
  name: string;
  description: string;
  inputSchema: { type: 'object'; properties: Record<string, unknown> };
}

export type ToolResult = { content: Array<{ type: 'text'; text: string }> };
export type ToolFn = (args: Record<string, unknown>) => Promise<ToolResult>;
