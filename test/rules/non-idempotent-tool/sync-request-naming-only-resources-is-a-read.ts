// A task manager's sync endpoint takes every request as a POST: a body naming a `sync_token` and the
// `resource_types` to answer only reads them (clean, whether the form is written at the fetch or handed to a helper
// that sends it); a body carrying `commands` writes them — adding a task twice on a repeat.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';

const SYNC_URL = process.env.TASKS_SYNC_URL ?? 'https://tasks.example.com/sync';

async function syncRequest(form: Record<string, unknown>) {
  const res = await fetch(SYNC_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.TASKS_TOKEN}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(Object.entries(form).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
    signal: AbortSignal.timeout(15_000),
  });
  return res.json();
}

const server = new McpServer({ name: 'tasks', version: '1.0.0' });

server.tool('list_reminders', 'List reminders', {}, async () => {
  const data = await syncRequest({ sync_token: '*', resource_types: ['reminders'] });
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('list_notifications', 'List live notifications', {}, async () => {
  const res = await fetch(SYNC_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.TASKS_TOKEN}` },
    body: new URLSearchParams({ sync_token: '*', resource_types: JSON.stringify(['live_notifications']) }),
    signal: AbortSignal.timeout(15_000),
  });
  return { content: [{ type: 'text', text: await res.text() }] };
});

server.tool('add_task', 'Add a task', { content: z.string() }, async ({ content }) => {
  const data = await syncRequest({ // expect: non-idempotent-tool
    sync_token: '*',
    resource_types: ['items'],
    commands: [{ type: 'item_add', uuid: randomUUID(), temp_id: randomUUID(), args: { content } }],
  });
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});
