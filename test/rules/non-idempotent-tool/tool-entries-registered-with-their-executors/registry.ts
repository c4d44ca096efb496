// The registry keeps each tool with its executor under the tool's name and runs the one the model's call names, raced
// against a timeout.
import type OpenAI from 'openai';
import type { Tool, ToolCall, ToolContext, ToolExecutor } from './types.js';

export class ToolRegistry {
  private tools = new Map<string, { tool: Tool; executor: ToolExecutor }>();

  register<P>(tool: Tool, executor: ToolExecutor<P>): void {
    if (this.tools.has(tool.name)) throw new Error(`duplicate tool ${tool.name}`);
    this.tools.set(tool.name, { tool, executor: executor as ToolExecutor });
  }

  definitions(): OpenAI.Chat.ChatCompletionTool[] {
    return [...this.tools.values()].map(({ tool }) => ({ type: 'function', function: { name: tool.name, description: tool.description, parameters: tool.parameters } }));
  }

  async execute(toolCall: ToolCall, context: ToolContext) {
    const registered = this.tools.get(toolCall.name);
    if (!registered) return { ok: false, data: `unknown tool ${toolCall.name}` };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = await Promise.race([
      registered.executor(toolCall.arguments, context),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('tool timed out')), 30_000);
      }),
    ]).finally(() => clearTimeout(timer));
    return result;
  }
}
