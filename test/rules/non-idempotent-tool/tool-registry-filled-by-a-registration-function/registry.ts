// The agent's tool registry: declarations for the model, and a Map from each tool's name to its handler, filled by
// the registration function the init file calls once per tool.
export interface ToolDeclaration {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}
export type Handler = (input: any) => Promise<string>;

export const declarations: ToolDeclaration[] = [];
export const toolHandlers = new Map<string, Handler>();

export function registerAgentTool(tool: ToolDeclaration, handler: Handler): void {
  declarations.push(tool);
  toolHandlers.set(tool.name, handler);
}
