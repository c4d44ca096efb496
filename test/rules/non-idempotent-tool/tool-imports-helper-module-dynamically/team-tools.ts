// MCP tools that import their helper module with `await import()`: as a namespace, and destructured (also in `.then`).
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

// The module handed to a `.then` callback: destructured (remind_member) or whole (nudge_member), a fire-and-forget
// send still made on every call. preview_reminder renders text through the same form.
server.tool('remind_member', 'Remind someone of their invitation', { email: z.string(), team: z.string() }, async ({ email, team }) => {
  import('./mailer.js')
    .then(({ sendInvite }) => sendInvite(email, team)) // expect: non-idempotent-tool
    .catch(() => {});
  return { content: [{ type: 'text', text: 'reminder on its way' }] };
});

server.tool('nudge_member', 'Nudge someone about their invitation', { email: z.string(), team: z.string() }, async ({ email, team }) => {
  await import('./mailer.js').then((mailer) => mailer.sendInvite(email, team)); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'nudged' }] };
});

server.tool('preview_reminder', 'Show the reminder text', { team: z.string() }, async ({ team }) => {
  const text = await import('./mailer.js').then(({ previewInvite }) => previewInvite(team));
  return { content: [{ type: 'text', text }] };
});

export { server };
