// The client comes from a function the registration is handed (`getClient: () => Promise<Octokit>`): nothing in this
// file makes it, but the parameter's written type says what the function returns, so `createComment` on it is
// Octokit's. The read beside it stays clean.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Octokit } from '@octokit/rest';
import { z } from 'zod';

export function registerIssueTools(server: McpServer, getClient: () => Promise<Octokit>) {
  server.tool('comment_on_issue', 'Comment on an issue', { owner: z.string(), repo: z.string(), issue: z.number(), body: z.string() }, async ({ owner, repo, issue, body }) => {
    const octokit = await getClient();
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: data.html_url }] };
  });

  server.tool('read_issue', 'Read an issue', { owner: z.string(), repo: z.string(), issue: z.number() }, async ({ owner, repo, issue }) => {
    const octokit = await getClient();
    const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: issue });
    return { content: [{ type: 'text', text: data.title }] };
  });
}
