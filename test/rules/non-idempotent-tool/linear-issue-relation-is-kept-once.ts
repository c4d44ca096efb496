// A Linear issue relation (blocks, duplicate, related) links two known issues: a link the issues keep, not a new
// record (test/corpus/README.md question 27). A comment on the same issue is a new record each call.
import { LinearClient } from '@linear/sdk';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const linear = new LinearClient({ apiKey: process.env.LINEAR_API_KEY! });
const server = new McpServer({ name: 'linear', version: '1.0.0' });

server.tool('link_issues', { issueId: z.string(), relatedIssueId: z.string() }, async ({ issueId, relatedIssueId }) => {
  const payload = await linear.createIssueRelation({ issueId, relatedIssueId, type: 'blocks' as never });
  return { content: [{ type: 'text', text: String(payload.success) }] };
});

server.tool('comment_on_issue', { issueId: z.string(), body: z.string() }, async ({ issueId, body }) => {
  const payload = await linear.createComment({ issueId, body }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: String(payload.success) }] };
});
