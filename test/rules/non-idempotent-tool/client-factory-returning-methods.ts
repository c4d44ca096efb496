// A factory that returns a client object: calling it makes no request — the returned `post` does, where a
// tool calls it. Each write is reported once, at `client.post(…)`, never at `getClient()`; the read tool is clean.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

function getClient(token = process.env.BLOG_TOKEN ?? '') {
  const base = 'https://blog.example.com/api/v1';
  return {
    get: async (path: string) => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) }),
    post: async (path: string, data: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(data),
        signal: AbortSignal.timeout(10_000),
      }),
  };
}

const server = new McpServer({ name: 'blog', version: '1.0.0' });

server.tool('create_post', 'Publish a new blog post', { title: z.string(), body: z.string() }, async ({ title, body }) => {
  const client = getClient();
  const response = await client.post('/posts/new', { title, body }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: await response.text() }] };
});

server.tool('list_posts', 'List recent posts', {}, async () => {
  const client = getClient();
  const response = await client.get('/posts');
  return { content: [{ type: 'text', text: await response.text() }] };
});
