export interface Tool {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

/** A tool call the model made. */
export interface ToolCall {
  name: string;
  arguments: unknown;
}

export interface ToolContext {
  chatId: string;
}

export type ToolExecutor<P = unknown> = (params: P, context: ToolContext) => Promise<{ ok: boolean; data?: unknown }>;

export interface ToolEntry {
  tool: Tool;
  executor: ToolExecutor<any>;
  /** Renders a result for the log; the registry never calls it for the model. */
  format?: (data: unknown) => Promise<string>;
}
