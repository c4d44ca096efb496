// A low-level MCP server whose CallToolRequestSchema handler passes the tool's name to a method of its own that
// switches on it: each `case` is that tool's handler (corpus README question 11), so its write is reported in
// the case, not at the handler's call of the method. The read tool is clean, and so is a switch on a name that
// no model sends (a CLI command).
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';

export class TicketServer {
  private readonly server = new Server({ name: 'tickets', version: '1.0.0' }, { capabilities: { tools: {} } });

  constructor() {
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const { name, arguments: args } = request.params;
      const result = await this.executeTool(name, args ?? {});
      return { content: [{ type: 'text', text: JSON.stringify(result) }] };
    });
  }

  private async executeTool(name: string, args: Record<string, unknown>) {
    switch (name) {
      case 'create_ticket':
        return this.post('/tickets', args); // expect: non-idempotent-tool
      case 'get_ticket': {
        const response = await fetch(`https://tickets.example.com/api/tickets/${String(args.id)}`, { signal: AbortSignal.timeout(10_000) });
        return response.json();
      }
      default:
        throw new Error(`Unknown tool: ${name}`);
    }
  }

  private async post(path: string, body: unknown) {
    const response = await fetch(`https://tickets.example.com/api${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    return response.json();
  }
}

export async function runCommand(name: string, body: unknown) {
  switch (name) {
    case 'sync':
      await fetch('https://tickets.example.com/api/sync', { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
      return;
    default:
      throw new Error(`Unknown command: ${name}`);
  }
}
