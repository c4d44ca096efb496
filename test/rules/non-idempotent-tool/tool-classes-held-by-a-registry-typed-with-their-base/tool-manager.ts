// The tool manager: the tools it is constructed with are kept in a Map written with their base class; the model's
// tool_use blocks are run by name. Which classes it holds is known only from that written type: the list comes in
// through a parameter.
import type { Tool } from './base.js';

export interface ToolUse {
  id: string;
  name: string;
  input: Record<string, any>;
}

export class ToolManager {
  private readonly tools: Map<string, Tool> = new Map();

  constructor(tools: Tool[]) {
    tools.forEach((tool) => this.tools.set(tool.name, tool));
  }

  schemas() {
    return [...this.tools.values()].map((tool) => ({ name: tool.name, description: tool.description, input_schema: tool.inputSchema }));
  }

  async runToolUse(block: ToolUse): Promise<string> {
    const handler = this.tools.get(block.name);
    return handler ? handler.execute(block.input) : `no tool named ${block.name}`;
  }
}
