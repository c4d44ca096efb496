// A tool of this agent: the declaration sent to the model and the function that runs it.
export interface ToolDefinition {
  name: string;
  description: string;
  input_schema: { type: 'object'; properties: Record<string, unknown>; required?: string[] };
}

export interface ToolImplementation {
  definition: ToolDefinition;
  execute: (input: any) => Promise<string>;
}
