// An MCP server written without the SDK: it answers JSON-RPC itself, and its `tools/call` branch runs the tool the
// request names — by an `if` on `params.name` (post_message) and by a table looked up under `params?.name ?? ''`
// (create_ticket). Both writes are findings; the ticket read is clean.
import { createInterface } from 'node:readline';

const CHAT = 'https://chat.example.com/api';
const DESK = 'https://desk.example.com/api';

const TOOLS = [
  { name: 'post_message', description: 'Post a chat message', inputSchema: { type: 'object', properties: { channel: { type: 'string' }, text: { type: 'string' } } } },
  { name: 'create_ticket', description: 'Open a ticket', inputSchema: { type: 'object', properties: { title: { type: 'string' } } } },
  { name: 'get_ticket', description: 'Read a ticket', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } },
];

async function createTicket(args: Record<string, unknown>) {
  const res = await fetch(`${DESK}/tickets`, { method: 'POST', body: JSON.stringify(args), signal: AbortSignal.timeout(5_000) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: await res.text() }] };
}

async function getTicket(args: Record<string, unknown>) {
  const res = await fetch(`${DESK}/tickets/${String(args.id)}`, { signal: AbortSignal.timeout(5_000) });
  return { content: [{ type: 'text', text: await res.text() }] };
}

const TICKET_TOOLS: Record<string, (args: Record<string, unknown>) => Promise<unknown>> = { create_ticket: createTicket, get_ticket: getTicket };

interface JsonRpcRequest {
  id: number | string;
  method: string;
  params?: Record<string, unknown>;
}

async function handle(request: JsonRpcRequest): Promise<unknown> {
  const { method, params } = request;
  if (method === 'tools/list') return { tools: TOOLS };
  if (method === 'tools/call') {
    const { name, arguments: args } = (params ?? {}) as { name: string; arguments: Record<string, unknown> };
    if (name === 'post_message') {
      const res = await fetch(`${CHAT}/messages`, { method: 'POST', body: JSON.stringify(args), signal: AbortSignal.timeout(5_000) }); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: res.ok ? 'posted' : 'failed' }] };
    }
    const toolName = (params?.name as string) ?? '';
    const run = TICKET_TOOLS[toolName];
    if (!run) throw new Error(`unknown tool ${toolName}`);
    return run((params?.arguments as Record<string, unknown>) ?? {});
  }
  throw new Error(`method not found: ${method}`);
}

createInterface({ input: process.stdin }).on('line', async (line) => {
  const request = JSON.parse(line) as JsonRpcRequest;
  process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id: request.id, result: await handle(request) })}\n`);
});
