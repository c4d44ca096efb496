// The project's own tool definitions: a handler and a JSON schema, kept in a table by name.
export interface ToolContext {
  workerId: string;
}

export interface ToolDefinition<I = unknown, O = unknown> {
  name: string;
  description: string;
  input_schema: Record<string, unknown>;
  handler: (input: I, ctx: ToolContext) => Promise<O>;
}

const known = new Map<string, ToolDefinition>();

export function defineTool<I, O>(def: ToolDefinition<I, O>): ToolDefinition<I, O> {
  known.set(def.name, def as ToolDefinition);
  return def;
}
