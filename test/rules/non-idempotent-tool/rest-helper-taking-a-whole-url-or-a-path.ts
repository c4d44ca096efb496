// A REST helper that takes either a whole URL or a path put after the API's base: the path the caller passes is what
// the request's URL says. Labels added to an issue are kept once (a repeat adds nothing); a new issue per call is not.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const GITHUB = 'https://api.github.com';
const server = new McpServer({ name: 'gh', version: '1.0.0' });

async function githubPost(endpoint: string, payload: unknown) {
  const target = endpoint.startsWith('http') ? endpoint : `${GITHUB}${endpoint}`;
  const res = await fetch(target, { method: 'POST', body: JSON.stringify(payload), signal: AbortSignal.timeout(20_000) });
  return res.json();
}

server.tool('label_issue', { repo: z.string(), issue: z.number(), labels: z.array(z.string()) }, async ({ repo, issue, labels }) => {
  await githubPost(`/repos/${repo}/issues/${issue}/labels`, { labels });
  return { content: [{ type: 'text', text: 'labelled' }] };
});

server.tool('file_issue', { repo: z.string(), title: z.string() }, async ({ repo, title }) => {
  const created = await githubPost(`/repos/${repo}/issues`, { title }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(created) }] };
});
