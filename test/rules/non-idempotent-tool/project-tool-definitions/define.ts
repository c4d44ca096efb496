// The project's own tool definition helper: it only returns the config. The server (server.ts) later
// registers every definition's handler with the MCP SDK, wrapped in a closure.
export interface ToolDefinition<I> {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
  annotations?: { readOnlyHint?: boolean; idempotentHint?: boolean };
  handler(params: I): Promise<unknown>;
}

export function defineTool<I>(config: ToolDefinition<I>): ToolDefinition<I> {
  return config;
}

/** A build-step helper that happens to end in "Tool": no input schema, not something a model calls. */
export function defineBuildTool(config: { name: string; description: string; run(): Promise<void> }) {
  return config;
}
