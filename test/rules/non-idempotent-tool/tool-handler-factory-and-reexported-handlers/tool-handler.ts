// A factory that returns the CallToolRequest handler (`setRequestHandler(CallToolRequestSchema, toolHandler(client))`
// in server.ts): its `switch (request.params.name)` dispatches on the model's tool name, so each case is a tool.
import type { CallToolRequest, CallToolResult } from '@modelcontextprotocol/sdk/types.js';

export class TasksClient {
  async createTask(title: string) {
    const response = await fetch('https://tasks.example.com/api/tasks', { method: 'POST', body: JSON.stringify({ title }), signal: AbortSignal.timeout(10_000) });
    return response.json();
  }

  async getTask(id: string) {
    const response = await fetch(`https://tasks.example.com/api/tasks/${id}`, { signal: AbortSignal.timeout(10_000) });
    return response.json();
  }
}

export function toolHandler(client: TasksClient): (request: CallToolRequest) => Promise<CallToolResult> {
  return async (request: CallToolRequest) => {
    const args = (request.params.arguments ?? {}) as Record<string, string>;
    switch (request.params.name) {
      case 'create_task': {
        const task = await client.createTask(args.title ?? ''); // expect: non-idempotent-tool
        return { content: [{ type: 'text', text: JSON.stringify(task) }] };
      }
      case 'get_task': {
        const task = await client.getTask(args.id ?? '');
        return { content: [{ type: 'text', text: JSON.stringify(task) }] };
      }
      default:
        throw new Error(`Unknown tool: ${request.params.name}`);
    }
  };
}

// Not a tool dispatch: a switch on a request's name in a function that handles no tool call.
export async function routeWebhook(request: { params: { name: string } }) {
  switch (request.params.name) {
    case 'invoice.paid':
      await fetch('https://billing.example.com/api/receipts', { method: 'POST', signal: AbortSignal.timeout(10_000) });
      return;
    default:
      return;
  }
}
