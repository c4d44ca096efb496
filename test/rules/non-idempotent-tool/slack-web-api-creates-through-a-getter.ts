// An MCP server whose tools reach the Slack WebClient through a getter (`const api = () => ctx.client`, the client
// typed in the context interface). Adding a bookmark or a reminder and creating a canvas make a new object with its
// own id each call, and Slack refuses none as a duplicate (@slack/web-api 8.2.0 dist/methods.js): a repeat adds a
// second one. Pinning is kept once (`already_pinned`, question 27) and listing reads: clean.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebClient } from '@slack/web-api';
import { z } from 'zod';

export interface SlackContext {
  client: WebClient;
  workspace: string;
}

export function registerSlackTools(server: McpServer, ctx: SlackContext): void {
  const api = () => ctx.client;

  server.tool('slack_add_bookmark', 'Bookmark a link in a channel', { channel: z.string(), title: z.string(), link: z.string() }, async ({ channel, title, link }) => {
    const res = await api().bookmarks.add({ channel_id: channel, title, type: 'link', link }); // expect: non-idempotent-tool
    return { content: [{ type: 'text' as const, text: String(res.ok) }] };
  });

  server.tool('slack_add_reminder', 'Remind me of something', { text: z.string(), time: z.string() }, async ({ text, time }) => {
    const res = await api().reminders.add({ text, time }); // expect: non-idempotent-tool
    return { content: [{ type: 'text' as const, text: String(res.ok) }] };
  });

  server.tool('slack_create_canvas', 'Create a canvas', { title: z.string(), markdown: z.string() }, async ({ title, markdown }) => {
    const res = await ctx.client.canvases.create({ title, document_content: { type: 'markdown', markdown } }); // expect: non-idempotent-tool
    return { content: [{ type: 'text' as const, text: String(res.ok) }] };
  });

  server.tool('slack_pin_message', 'Pin a message', { channel: z.string(), ts: z.string() }, async ({ channel, ts }) => {
    const res = await api().pins.add({ channel, timestamp: ts });
    return { content: [{ type: 'text' as const, text: String(res.ok) }] };
  });

  server.tool('slack_list_bookmarks', 'List the bookmarks of a channel', { channel: z.string() }, async ({ channel }) => {
    const res = await api().bookmarks.list({ channel_id: channel });
    return { content: [{ type: 'text' as const, text: JSON.stringify(res.bookmarks ?? []) }] };
  });
}

// A getter over an untyped context in code that uses no Slack package: its `bookmarks.add` names nothing known.
export function registerNotesTools(server: McpServer, ctx: any): void {
  const notes = () => ctx.store;
  server.tool('notes_bookmark', 'Bookmark a note', { id: z.string() }, async ({ id }) => {
    const res = await notes().bookmarks.add({ id });
    return { content: [{ type: 'text' as const, text: String(res) }] };
  });
}
