// MCP tool handlers receive `extra.signal`, aborted when the client cancels or times out the
// request. The first handler drops it (reported); the second passes it on (clean).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'github-insights', version: '0.3.0' });

server.registerTool(
  'list_open_pull_requests',
  {
    description: 'List open pull requests of a repository',
    inputSchema: { owner: z.string(), repo: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ owner, repo }, extra) => {
    console.error(`request ${extra.requestId}: listing PRs of ${owner}/${repo}`);
    const res = await fetch(`https://api.github.com/repos/${owner}/${repo}/pulls?state=open`, { // expect: deadline-not-propagated else missing-deadline
      headers: { accept: 'application/vnd.github+json' },
    });
    return { content: [{ type: 'text', text: await res.text() }] };
  },
);

server.registerTool(
  'get_repository',
  {
    description: 'Repository metadata: stars, default branch, topics',
    inputSchema: { owner: z.string(), repo: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ owner, repo }, extra) => {
    const res = await fetch(`https://api.github.com/repos/${owner}/${repo}`, {
      headers: { accept: 'application/vnd.github+json' },
      signal: extra.signal,
    });
    return { content: [{ type: 'text', text: await res.text() }] };
  },
);

export { server };
