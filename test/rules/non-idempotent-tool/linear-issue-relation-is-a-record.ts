// A Linear issue relation (blocks, duplicate, related) is a record of its own: issueRelationCreate mints a new relation
// id each call and Linear documents no refusal of a second identical relation (test/corpus/README.md question 126), so
// a repeat adds a second relation. Moving an issue to a given state sets a field: a repeat sets the same value.
import { LinearClient } from '@linear/sdk';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const linear = new LinearClient({ apiKey: process.env.LINEAR_API_KEY! });
const server = new McpServer({ name: 'linear', version: '1.0.0' });

server.tool('link_issues', { issueId: z.string(), relatedIssueId: z.string() }, async ({ issueId, relatedIssueId }) => {
  const payload = await linear.createIssueRelation({ issueId, relatedIssueId, type: 'blocks' as never }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: String(payload.success) }] };
});

server.tool('move_issue', { issueId: z.string(), stateId: z.string() }, async ({ issueId, stateId }) => {
  const payload = await linear.updateIssue(issueId, { stateId });
  return { content: [{ type: 'text', text: String(payload.success) }] };
});
