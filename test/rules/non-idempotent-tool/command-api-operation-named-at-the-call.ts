// A command API (one POST endpoint, the operation named in the body: `[{ type: 'note_update', uuid, args }]`) is judged
// by the operation the call names, like a GraphQL mutation by its first word: RULES.md "A DELETE of a known id, or a
// PATCH/UPDATE that only sets fields to given values, repeats safely: low confidence at most. Increments, appends,
// sends and creates are findings." An update, a delete and a state (accepting an invitation, marking read) of a known
// record are low; an add stays a finding. A message whose own `type` says "update" is still a message sent.
import { randomUUID } from 'node:crypto';
import { tool } from 'ai';
import { z } from 'zod';

const SYNC_URL = 'https://api.example-tasks.com/v1/sync';

async function runCommand(type: string, args: Record<string, unknown>) {
  const command = { type, uuid: randomUUID(), args };
  const response = await fetch(SYNC_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.TASKS_TOKEN}` },
    body: new URLSearchParams({ commands: JSON.stringify([command]) }),
  });
  return response.json();
}

async function syncRequest(body: Record<string, unknown>) {
  const response = await fetch(SYNC_URL, { method: 'POST', body: JSON.stringify(body) });
  return response.json();
}

export const noteTools = {
  addNote: tool({
    description: 'Add a note to a project',
    inputSchema: z.object({ projectId: z.string(), content: z.string() }),
    execute: async ({ projectId, content }) => runCommand('note_add', { project_id: projectId, content }), // expect: non-idempotent-tool
  }),
  updateNote: tool({
    description: 'Change the text of a note',
    inputSchema: z.object({ noteId: z.string(), content: z.string() }),
    execute: async ({ noteId, content }) => runCommand('note_update', { id: noteId, content }), // expect: non-idempotent-tool confidence=low
  }),
  deleteNote: tool({
    description: 'Delete a note',
    inputSchema: z.object({ noteId: z.string() }),
    execute: async ({ noteId }) => runCommand('note_delete', { id: noteId }), // expect: non-idempotent-tool confidence=low
  }),
  acceptInvitation: tool({
    description: 'Accept an invitation to a shared project',
    inputSchema: z.object({ invitationId: z.string(), secret: z.string() }),
    execute: async ({ invitationId, secret }) => runCommand('accept_invitation', { invitation_id: invitationId, invitation_secret: secret }), // expect: non-idempotent-tool confidence=low
  }),
  markRead: tool({
    description: 'Mark a notification read',
    inputSchema: z.object({ notificationId: z.string() }),
    execute: async ({ notificationId }) =>
      syncRequest({ commands: JSON.stringify([{ type: 'live_notifications_mark_read', uuid: randomUUID(), args: { ids: [notificationId] } }]) }), // expect: non-idempotent-tool confidence=low
  }),
  addReminder: tool({
    description: 'Add a reminder',
    inputSchema: z.object({ taskId: z.string(), due: z.string() }),
    execute: async ({ taskId, due }) =>
      syncRequest({ commands: JSON.stringify([{ type: 'reminder_add', uuid: randomUUID(), args: { item_id: taskId, due } }]) }), // expect: non-idempotent-tool
  }),
  announceUpdate: tool({
    description: 'Tell the team about an order update',
    inputSchema: z.object({ orderId: z.string(), text: z.string() }),
    execute: async ({ orderId, text }) => {
      await fetch('https://hooks.example-chat.com/team', { method: 'POST', body: JSON.stringify({ type: 'order_update', orderId, text }) }); // expect: non-idempotent-tool
      return 'sent';
    },
  }),
};
