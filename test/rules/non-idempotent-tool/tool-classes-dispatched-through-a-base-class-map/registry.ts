// The agent's tool registry: tool instances kept by name in a Map written with the base class, looked up by the name of
// each function call the model makes.
import type { AgentTool, ToolOutcome } from './base-tool.js';

export interface FunctionCall {
  id: string;
  function: { name: string; arguments: string };
}

export class ToolRegistry {
  private tools: Map<string, AgentTool> = new Map();

  register(tool: AgentTool): void {
    this.tools.set(tool.name, tool);
  }

  definitions() {
    return [...this.tools.values()].map((tool) => tool.asFunction());
  }

  async dispatch(call: FunctionCall): Promise<ToolOutcome> {
    const toolName = call.function.name;
    const tool = this.tools.get(toolName);
    if (!tool) return { ok: false, text: `unknown tool ${toolName}` };
    return tool.run(JSON.parse(call.function.arguments));
  }
}
