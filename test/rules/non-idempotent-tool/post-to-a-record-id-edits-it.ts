// Some APIs edit a record with a POST to its URL (WordPress.com `POST /sites/{site}/posts/{id}`): setting the given
// fields of a known post repeats safely (RULES.md: an update that only sets fields — low confidence at most) — clean at
// the default confidence. A POST to the collection creates a new post, and a POST to a chat by its id adds a message to
// it: both findings.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'blog', version: '1.0.0' });
const API = 'https://public-api.example.com/rest/v1.1';

async function post(path: string, data: unknown): Promise<unknown> {
  const response = await fetch(`${API}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.BLOG_TOKEN}` },
    body: JSON.stringify(data),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

server.tool('update_post', { site: z.string(), postId: z.number(), title: z.string() }, async ({ site, postId, title }) => {
  const updated = await post(`/sites/${site}/posts/${postId}`, { title }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(updated) }] };
});

server.tool('create_post', { site: z.string(), title: z.string() }, async ({ site, title }) => {
  const created = await post(`/sites/${site}/posts/new`, { title }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(created) }] };
});

server.tool('post_to_chat', { chatId: z.string(), text: z.string() }, async ({ chatId, text }) => {
  const sent = await post(`/chats/${chatId}`, { text }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(sent) }] };
});
