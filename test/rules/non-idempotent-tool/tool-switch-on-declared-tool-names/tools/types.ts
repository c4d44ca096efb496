export interface ToolModule {
  definitions: Array<{ name: string; description: string; inputSchema: Record<string, unknown> }>;
  handle(name: string, args: Record<string, unknown>): Promise<{ content: Array<{ type: string; text: string }> } | null>;
}
