// `idempotentHint: true` on tools whose write repeats safely — a DELETE of a known id, a PATCH that sets given fields —
// says what they do: RULES.md's "low confidence at most" holds, no contradiction. Under `readOnlyHint: true` the same
// DELETE contradicts the annotation: high.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const API = 'https://hooks.example.com/api';
const server = new McpServer({ name: 'webhooks', version: '1.0.0' });

server.tool('delete_webhook', 'Delete a webhook', { id: z.string() }, { idempotentHint: true, destructiveHint: true }, async ({ id }) => {
  await fetch(`${API}/webhooks/${id}`, { method: 'DELETE', signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'deleted' }] };
});

server.tool('rename_webhook', 'Rename a webhook', { id: z.string(), name: z.string() }, { idempotentHint: true }, async ({ id, name }) => {
  await fetch(`${API}/webhooks/${id}`, { method: 'PATCH', body: JSON.stringify({ name }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'renamed' }] };
});

server.tool('purge_webhook', 'Look up a webhook', { id: z.string() }, { readOnlyHint: true }, async ({ id }) => {
  await fetch(`${API}/webhooks/${id}`, { method: 'DELETE', signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool confidence=high
  return { content: [{ type: 'text', text: 'purged' }] };
});

export { server };
