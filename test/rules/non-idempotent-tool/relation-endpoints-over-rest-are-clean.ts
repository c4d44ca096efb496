// The same relations sent over REST by a fetch helper: Asana's `POST /tasks/{id}/addTag` and `/removeProject`, and a
// member put on a Trello card (`POST /cards/{id}/idMembers`, refused when already there) — README question 27: a
// repeat adds nothing. A comment (`POST /tasks/{id}/stories`) and a new check item are new records each call.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

async function asana(method: string, path: string, body: unknown) {
  const res = await fetch(`https://app.asana.com/api/1.0${path}`, { method, body: JSON.stringify({ data: body }), signal: AbortSignal.timeout(15_000) });
  return res.json();
}

async function trello(method: string, path: string, params: Record<string, string>) {
  const res = await fetch(`https://api.trello.com/1${path}?${new URLSearchParams(params)}`, { method, signal: AbortSignal.timeout(15_000) });
  return res.json();
}

export function register(server: McpServer) {
  server.tool('tag_task', { taskId: z.string(), tagId: z.string() }, async ({ taskId, tagId }) => {
    await asana('POST', `/tasks/${taskId}/addTag`, { tag: tagId });
    return { content: [{ type: 'text', text: 'tagged' }] };
  });

  server.tool('unlink_project', { taskId: z.string(), projectId: z.string() }, async ({ taskId, projectId }) => {
    await asana('POST', `/tasks/${taskId}/removeProject`, { project: projectId });
    return { content: [{ type: 'text', text: 'unlinked' }] };
  });

  server.tool('comment_task', { taskId: z.string(), text: z.string() }, async ({ taskId, text }) => {
    await asana('POST', `/tasks/${taskId}/stories`, { text }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: 'commented' }] };
  });

  server.tool('assign_card', { cardId: z.string(), memberId: z.string() }, async ({ cardId, memberId }) => {
    await trello('POST', `/cards/${cardId}/idMembers`, { value: memberId });
    return { content: [{ type: 'text', text: 'assigned' }] };
  });

  server.tool('add_check_item', { checklistId: z.string(), name: z.string() }, async ({ checklistId, name }) => {
    await trello('POST', `/checklists/${checklistId}/checkItems`, { name }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: 'added' }] };
  });
}
