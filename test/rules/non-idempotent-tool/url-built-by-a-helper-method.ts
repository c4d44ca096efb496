// A task tracker's client builds every URL in one private method (`new URL(API + path)`, query parameters set on
// it, `url.toString()` returned): the URL a request goes to is the builder's, read with the caller's path in
// place. So the search tool's POST to `/tasks/search` reads, the rename tool's POST to the project's own URL sets
// fields (low confidence), and the create tool's POST to `/tasks` makes a new task (a finding).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const API = 'https://tasks.example.com/api/1.0';

class TaskClient {
  constructor(private readonly token: string) {}

  private buildUrl(path: string, query?: Record<string, string>): string {
    const url = new URL(API + path);
    for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
    return url.toString();
  }

  async request(method: 'GET' | 'POST', path: string, body?: unknown, query?: Record<string, string>) {
    const res = await fetch(this.buildUrl(path, query), {
      method,
      headers: { authorization: `Bearer ${this.token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    return res.json();
  }
}

const tasks = new TaskClient(process.env.TASKS_TOKEN ?? '');
const server = new McpServer({ name: 'tasks', version: '1.0.0' });

server.registerTool(
  'search_tasks',
  { description: 'Search tasks by text', inputSchema: { text: z.string() } },
  async ({ text }) => ({ content: [{ type: 'text', text: JSON.stringify(await tasks.request('POST', '/tasks/search', { text })) }] }),
);

server.registerTool(
  'rename_project',
  { description: 'Rename a project', inputSchema: { projectId: z.string(), name: z.string() } },
  async ({ projectId, name }) => ({ content: [{ type: 'text', text: JSON.stringify(await tasks.request('POST', `/projects/${projectId}`, { name })) }] }), // expect: non-idempotent-tool confidence=low
);

server.registerTool(
  'create_task',
  { description: 'Create a task', inputSchema: { name: z.string() } },
  async ({ name }) => ({ content: [{ type: 'text', text: JSON.stringify(await tasks.request('POST', '/tasks', { name }, { opt_pretty: 'true' })) }] }), // expect: non-idempotent-tool
);
