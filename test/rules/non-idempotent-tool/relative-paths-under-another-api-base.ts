// The same relative paths through a client whose base is not WordPress's REST root: nothing says what
// `comments/${id}` does there (a reply to comment {id}, a new comment on it), and `users` is a plain create. Both stay
// findings.
import axios from 'axios';
import { tool } from 'ai';
import { z } from 'zod';

const client = axios.create({ baseURL: 'https://forum.example.net/api/v2/', timeout: 15_000, headers: { Authorization: `Bearer ${process.env.FORUM_TOKEN}` } });

async function forum(method: 'GET' | 'POST', path: string, data?: unknown) {
  const res = await client.request({ method, url: path, data });
  return res.data;
}

export const forumTools = {
  answerComment: tool({
    description: 'Answer a comment',
    inputSchema: z.object({ id: z.number(), content: z.string() }),
    execute: async ({ id, content }) => forum('POST', `comments/${id}`, { content }), // expect: non-idempotent-tool
  }),
  addUser: tool({
    description: 'Add a user',
    inputSchema: z.object({ username: z.string(), email: z.string() }),
    execute: async ({ username, email }) => forum('POST', 'users', { username, email }), // expect: non-idempotent-tool
  }),
};
