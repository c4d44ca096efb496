// The project's own tool type: a Chat Completions function declaration the loop offers the model, beside the function
// the loop runs when the model names it.
export interface FunctionDeclaration {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

export interface ChatTool {
  definition: FunctionDeclaration;
  execute(args: Record<string, unknown>): Promise<string>;
}
