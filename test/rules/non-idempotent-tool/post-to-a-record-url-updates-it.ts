// A tracker whose API takes a POST to a record's own URL (`/issues/{id}`, as Stripe's `/v1/customers/{id}` and
// OpenAI's `/v1/assistants/{id}` do) as an update of the fields given: a set, low confidence at most (RULES.md).
// A POST to the record's comments is a new comment (a finding), and a POST to a webhook named by its id delivers
// a message each time (a finding): the collection before the id decides. A POST to `/objects/${objectType}` names
// a kind of record, not one record: it creates one (a finding).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const TRACKER = 'https://tracker.example.com/api';
const server = new McpServer({ name: 'tracker', version: '1.0.0' });

async function post(path: string, body: unknown) {
  const res = await fetch(`${TRACKER}${path}`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
  return res.json();
}

server.registerTool(
  'update_issue',
  { description: 'Change the summary or the description of an issue', inputSchema: { id: z.string(), summary: z.string().optional(), description: z.string().optional() } },
  async ({ id, summary, description }) => {
    const issue = await post(`/issues/${encodeURIComponent(id)}`, { summary, description }); // expect: non-idempotent-tool confidence=low
    return { content: [{ type: 'text', text: JSON.stringify(issue) }] };
  },
);

server.registerTool(
  'comment_on_issue',
  { description: 'Add a comment to an issue', inputSchema: { id: z.string(), text: z.string() } },
  async ({ id, text }) => {
    const comment = await post(`/issues/${id}/comments`, { text }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: JSON.stringify(comment) }] };
  },
);

server.registerTool(
  'notify_webhook',
  { description: 'Send an alert to a configured webhook', inputSchema: { hookId: z.string(), message: z.string() } },
  async ({ hookId, message }) => {
    const res = await fetch(`https://hooks.example.com/webhooks/${hookId}`, { method: 'POST', body: JSON.stringify({ message }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: res.ok ? 'sent' : 'failed' }] };
  },
);

server.registerTool(
  'create_record',
  { description: 'Create a record of the given type', inputSchema: { objectType: z.string(), fields: z.record(z.string(), z.string()) } },
  async ({ objectType, fields }) => {
    const record = await post(`/objects/${objectType}`, fields); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: JSON.stringify(record) }] };
  },
);
