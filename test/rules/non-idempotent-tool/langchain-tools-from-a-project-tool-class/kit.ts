import { tool as langchainTool } from '@langchain/core/tools';
import KitTool from './kit-tool';
import BillingClient from './billing-client';

export class Kit<T extends KitTool = KitTool> {
  tools: T[] = [];

  constructor(private accountId: string, private client: BillingClient) {}

  add(tool: T) {
    this.tools.push(tool);
  }

  private async guarded(input: unknown, tool: T) {
    if (!this.accountId) return 'Not connected';
    return await tool.run(input, { accountId: this.accountId }, this.client);
  }

  toLangChain(tool: T) {
    return langchainTool(async (input) => await this.guarded(input, tool), {
      name: tool.name,
      description: tool.description,
      schema: tool.schema,
    });
  }

  install() {
    return this.tools.map((t) => this.toLangChain(t));
  }
}
