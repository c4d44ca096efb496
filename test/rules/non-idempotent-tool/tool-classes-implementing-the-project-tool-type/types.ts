// The project's own tool type, which its registry offers a model (name, description, JSON schema) and runs by the name
// the model sends; and the command and query types of the operator's console, which no model reaches.
export interface Tool {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
  execute(args: Record<string, unknown>): Promise<string>;
}

export interface Command {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
  execute(args: Record<string, unknown>): Promise<string>;
}

export interface QueryRunner {
  execute(sql: string): Promise<unknown[]>;
}
