// ClickUp API v2 over a client that takes paths without a leading slash: a tag put on a task, a link or a dependency
// between two tasks are relations the task keeps once (README question 27: clean); a custom field's value set on a
// task and the running timer stopped set a state (question 5: low). A comment and a new task are new records each
// call: findings.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

class Workspace {
  constructor(private readonly token: string) {}

  async request<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    const url = new URL(path, 'https://api.clickup.com/api/v2/');
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { Authorization: this.token, 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(15_000),
    });
    return (await res.json()) as T;
  }
}

const clickup = new Workspace(process.env.CLICKUP_TOKEN ?? '');
const server = new McpServer({ name: 'tasks', version: '1.0.0' });

server.tool('tag_task', { taskId: z.string(), tag: z.string() }, async ({ taskId, tag }) => {
  await clickup.request(`task/${taskId}/tag/${encodeURIComponent(tag)}`, { method: 'POST' });
  return { content: [{ type: 'text', text: 'tagged' }] };
});

server.tool('link_tasks', { taskId: z.string(), other: z.string() }, async ({ taskId, other }) => {
  await clickup.request(`task/${taskId}/link/${other}`, { method: 'POST' });
  return { content: [{ type: 'text', text: 'linked' }] };
});

server.tool('block_task', { taskId: z.string(), blocker: z.string() }, async ({ taskId, blocker }) => {
  await clickup.request(`task/${taskId}/dependency`, { method: 'POST', body: { depends_on: blocker } });
  return { content: [{ type: 'text', text: 'blocked' }] };
});

server.tool('set_field', { taskId: z.string(), fieldId: z.string(), value: z.string() }, async ({ taskId, fieldId, value }) => {
  await clickup.request(`task/${taskId}/field/${fieldId}`, { method: 'POST', body: { value } }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'set' }] };
});

server.tool('stop_timer', { teamId: z.string() }, async ({ teamId }) => {
  await clickup.request(`team/${teamId}/time_entries/stop`, { method: 'POST' }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'stopped' }] };
});

server.tool('comment_task', { taskId: z.string(), text: z.string() }, async ({ taskId, text }) => {
  await clickup.request(`task/${taskId}/comment`, { method: 'POST', body: { comment_text: text } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'commented' }] };
});

server.tool('add_task', { listId: z.string(), name: z.string() }, async ({ listId, name }) => {
  const task = await clickup.request(`list/${listId}/task`, { method: 'POST', body: { name } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(task) }] };
});
