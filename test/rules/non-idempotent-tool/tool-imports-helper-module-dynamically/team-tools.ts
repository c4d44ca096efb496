// MCP tools that import their helper module with `await import()`: as a namespace, and destructured.
// invite_member sends an email through it (reported at the call); preview_invite only renders text.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'teams', version: '1.0.0' });

server.tool('invite_member', 'Invite someone to a team', { email: z.string(), team: z.string() }, async ({ email, team }) => {
  const mailer = await import('./mailer.js');
  await mailer.sendInvite(email, team); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'invited' }] };
});

server.tool('invite_again', 'Send the invitation once more', { email: z.string(), team: z.string() }, async ({ email, team }) => {
  const { sendInvite } = await import('./mailer.js');
  await sendInvite(email, team); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'invited again' }] };
});

server.tool('preview_invite', 'Show the invitation text', { team: z.string() }, async ({ team }) => {
  const { previewInvite } = await import('./mailer.js');
  return { content: [{ type: 'text', text: previewInvite(team) }] };
});

export { server };
