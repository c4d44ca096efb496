// A switch on the tool name, in a method the CallToolRequestSchema handler calls, whose cases validate the input
// inside the call that hands it on — `return this.handlers.createLabel(CreateLabel.parse(args))` — to a one-line
// facade method per tool (handlers.ts): each method is the tool's per-tool function, as when the case validates into
// a variable first (README question 84). Creating a label is reported at its facade method's delegating call; listing
// labels only reads.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { LabelHandlers } from './handlers.js';

const CreateLabel = z.object({ name: z.string(), color: z.string() });
const ListLabels = z.object({ prefix: z.string().optional() });

export class LabelServer {
  private readonly server = new Server({ name: 'labels', version: '1.0.0' }, { capabilities: { tools: {} } });
  private readonly handlers = new LabelHandlers(process.env.LABELS_KEY ?? '');

  start() {
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const result = await this.run(request.params.name, request.params.arguments);
      return { content: [{ type: 'text', text: JSON.stringify(result) }] };
    });
  }

  private async run(name: string, args: unknown) {
    switch (name) {
      case 'create_label':
        return this.handlers.createLabel(CreateLabel.parse(args));
      case 'list_labels':
        return this.handlers.listLabels(ListLabels.parse(args));
      default:
        throw new Error(`unknown tool ${name}`);
    }
  }
}
