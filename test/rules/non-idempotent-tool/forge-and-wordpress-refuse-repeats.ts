// "Uniqueness the server enforces is a key" (test/corpus/README.md questions 19, 62, 70): a forge keeps one open pull
// request per source and target branch (Bitbucket `/pullrequests`, GitLab `/merge_requests`), and WordPress refuses an
// existing user, term or identical comment. A comment on a pull request and a WordPress post are new on every call.
import { tool } from 'ai';
import { z } from 'zod';

const FORGE = 'https://forge.example.org/2.0/repositories';
const SITE = process.env.SITE_URL!;
const headers = { Authorization: `Bearer ${process.env.TOKEN}`, 'Content-Type': 'application/json' };

export const forgeTools = {
  openPullRequest: tool({
    description: 'Open a pull request',
    inputSchema: z.object({ repo: z.string(), source: z.string(), target: z.string(), title: z.string() }),
    execute: async ({ repo, source, target, title }) => {
      const body = JSON.stringify({ title, source: { branch: { name: source } }, destination: { branch: { name: target } } });
      const res = await fetch(`${FORGE}/${repo}/pullrequests`, { method: 'POST', headers, body, signal: AbortSignal.timeout(20_000) });
      return res.json();
    },
  }),
  openMergeRequest: tool({
    description: 'Open a merge request',
    inputSchema: z.object({ project: z.string(), source: z.string(), target: z.string(), title: z.string() }),
    execute: async ({ project, source, target, title }) => {
      const body = JSON.stringify({ source_branch: source, target_branch: target, title });
      const res = await fetch(`https://gitlab.example.org/api/v4/projects/${project}/merge_requests`, { method: 'POST', headers, body, signal: AbortSignal.timeout(20_000) });
      return res.json();
    },
  }),
  commentOnPullRequest: tool({
    description: 'Comment on a pull request',
    inputSchema: z.object({ repo: z.string(), id: z.number(), text: z.string() }),
    execute: async ({ repo, id, text }) => {
      const res = await fetch(`${FORGE}/${repo}/pullrequests/${id}/comments`, { method: 'POST', headers, body: JSON.stringify({ content: { raw: text } }), signal: AbortSignal.timeout(20_000) }); // expect: non-idempotent-tool
      return res.json();
    },
  }),
  createCategory: tool({
    description: 'Create a WordPress category',
    inputSchema: z.object({ name: z.string() }),
    execute: async ({ name }) => {
      const res = await fetch(`${SITE}/wp-json/wp/v2/categories`, { method: 'POST', headers, body: JSON.stringify({ name }), signal: AbortSignal.timeout(20_000) });
      return res.json();
    },
  }),
  createPost: tool({
    description: 'Create a WordPress post',
    inputSchema: z.object({ title: z.string(), content: z.string() }),
    execute: async ({ title, content }) => {
      const res = await fetch(`${SITE}/wp-json/wp/v2/posts`, { method: 'POST', headers, body: JSON.stringify({ title, content }), signal: AbortSignal.timeout(20_000) }); // expect: non-idempotent-tool
      return res.json();
    },
  }),
};
