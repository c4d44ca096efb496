// The contract of an MCP server's tool classes: the registry (registry.ts) keeps them in a Map typed by this
// interface and registers each one's `execute`, bound to the tool, in a loop.
export interface McpTool {
  readonly name: string;
  readonly description: string;
  execute(params: Record<string, string>): Promise<{ content: Array<{ type: 'text'; text: string }> }>;
}

export const CRM = 'https://crm.example.com/api';
