// A WordPress client made once with its base at the REST root (`…/wp-json/wp/v2/`) and a request helper taking paths
// relative to it: axios joins the path to the base, so `comments/${id}` is `POST /wp/v2/comments/{id}`, WordPress's
// update of a known comment (question 5: low confidence at most), and `users` is a user create WordPress refuses to repeat (question 70). A
// post is new on every call.
import axios from 'axios';
import { tool } from 'ai';
import { z } from 'zod';

function siteClient(site: string, token: string) {
  let base = site.endsWith('/') ? site : `${site}/`;
  if (!base.includes('/wp-json/')) base = base + 'wp-json/wp/v2/';
  return axios.create({ baseURL: base, timeout: 15_000, headers: { Authorization: `Bearer ${token}` } });
}

const client = siteClient(process.env.SITE_URL!, process.env.SITE_TOKEN!);

async function wp(method: 'GET' | 'POST' | 'DELETE', path: string, data?: unknown) {
  const res = await client.request({ method, url: path, data });
  return res.data;
}

export const wordpressTools = {
  editComment: tool({
    description: 'Change the text of a comment',
    inputSchema: z.object({ id: z.number(), content: z.string() }),
    execute: async ({ id, content }) => wp('POST', `comments/${id}`, { content }), // expect: non-idempotent-tool confidence=low
  }),
  renameTag: tool({
    description: 'Rename a tag',
    inputSchema: z.object({ id: z.number(), name: z.string() }),
    execute: async ({ id, name }) => wp('POST', `/tags/${id}`, { name }), // expect: non-idempotent-tool confidence=low
  }),
  addUser: tool({
    description: 'Add a user',
    inputSchema: z.object({ username: z.string(), email: z.string() }),
    execute: async ({ username, email }) => wp('POST', 'users', { username, email, password: crypto.randomUUID() }),
  }),
  publishPost: tool({
    description: 'Publish a post',
    inputSchema: z.object({ title: z.string(), content: z.string() }),
    execute: async ({ title, content }) => wp('POST', 'posts', { title, content, status: 'publish' }), // expect: non-idempotent-tool
  }),
};
