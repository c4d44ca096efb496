// A webhook kept as a record of a project (`POST /projects/{id}/webhooks/{webhookId}`, a task manager's update of the
// events a webhook listens to) sets that record's fields (RULES.md: low confidence at most; README question 5). A hook's
// own address stands at the API's top (`/hooks/{id}`, `/webhooks/{id}/{token}`): a POST there delivers a message again
// on every repeat.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'tasks-webhooks', version: '1.0.0' });
const baseUrl = process.env.TASKS_URL;

server.tool('webhook_update', { projectId: z.number(), webhookId: z.number(), events: z.array(z.string()) }, async ({ projectId, webhookId, events }) => {
  const response = await fetch(`${baseUrl}/projects/${projectId}/webhooks/${webhookId}`, { // expect: non-idempotent-tool confidence=low
    method: 'POST',
    body: JSON.stringify({ events }),
    signal: AbortSignal.timeout(10_000),
  });
  return { content: [{ type: 'text', text: await response.text() }] };
});

server.tool('hook_notify', { hookId: z.string(), text: z.string() }, async ({ hookId, text }) => {
  const response = await fetch(`${baseUrl}/hooks/${hookId}`, { // expect: non-idempotent-tool
    method: 'POST',
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(10_000),
  });
  return { content: [{ type: 'text', text: await response.text() }] };
});

server.tool('webhook_execute', { webhookId: z.string(), token: z.string(), content: z.string() }, async ({ webhookId, token, content }) => {
  const response = await fetch(`${baseUrl}/webhooks/${webhookId}/${token}`, { // expect: non-idempotent-tool
    method: 'POST',
    body: JSON.stringify({ content }),
    signal: AbortSignal.timeout(10_000),
  });
  return { content: [{ type: 'text', text: await response.text() }] };
});
