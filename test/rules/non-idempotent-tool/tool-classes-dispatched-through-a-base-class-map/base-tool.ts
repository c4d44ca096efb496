// The project's own tool base class: the registry calls the public `run`, which validates and then calls the abstract
// `perform` that each tool class overrides. Nothing here writes.
export interface ToolOutcome {
  ok: boolean;
  text: string;
}

export abstract class AgentTool {
  abstract readonly name: string;
  abstract readonly description: string;
  abstract readonly parameters: Record<string, unknown>;

  protected abstract perform(input: Record<string, any>): Promise<ToolOutcome>;

  async run(input: Record<string, any>): Promise<ToolOutcome> {
    if (typeof input !== 'object' || input === null) return { ok: false, text: 'bad input' };
    try {
      return await this.perform(input);
    } catch (error) {
      return this.failure(error);
    }
  }

  protected failure(error: unknown): ToolOutcome {
    return { ok: false, text: String(error) };
  }

  asFunction() {
    return { type: 'function' as const, function: { name: this.name, description: this.description, parameters: this.parameters } };
  }
}
