// A CallToolRequestSchema handler that dispatches with `if (name === '…')` on `request.params.name`: each branch
// is that tool's handler, and its write is reported once — by the branch, not again by the handler around it.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const server = new Server({ name: 'tasks', version: '1.0.0' }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  if (name === 'create_task') {
    const response = await fetch('https://tasks.example.com/api/tasks', { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify(args),
      signal: AbortSignal.timeout(10_000),
    });
    return { content: [{ type: 'text', text: await response.text() }] };
  }
  if (name === 'get_task') {
    const response = await fetch(`https://tasks.example.com/api/tasks/${String(args?.id)}`, { signal: AbortSignal.timeout(10_000) });
    return { content: [{ type: 'text', text: await response.text() }] };
  }
  throw new Error(`Unknown tool: ${name}`);
});
