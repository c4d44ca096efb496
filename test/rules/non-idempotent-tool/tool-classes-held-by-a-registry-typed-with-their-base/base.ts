// Base classes of two hierarchies: the agent's tools (the registry calls `execute`, each tool class implements it) and
// the operator's maintenance jobs (jobs.ts). Nothing here writes.
export abstract class Tool {
  abstract readonly name: string;
  abstract readonly description: string;
  abstract readonly inputSchema: Record<string, unknown>;
  abstract execute(input: Record<string, any>): Promise<string>;
}

export abstract class MaintenanceJob {
  abstract readonly command: string;
  protected abstract work(): Promise<void>;

  async start(): Promise<void> {
    console.log(`starting ${this.command}`);
    await this.work();
  }
}
