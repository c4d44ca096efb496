// LINE Messaging API tools (@line/bot-sdk). A push, a broadcast and a new rich menu are sends and a create with no
// retry key: reported. A push with an X-Line-Retry-Key taken from the tool call (LINE drops a repeat with the same
// key), a profile read and a reply (its reply token is accepted once) are clean.
import { LineBotClient, messagingApi } from '@line/bot-sdk';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

export class LineTools {
  constructor(private readonly client: LineBotClient) {}

  register(server: McpServer) {
    server.registerTool('push_text', { description: 'Push a text to a user', inputSchema: { to: z.string(), text: z.string() } }, async ({ to, text }) => {
      await this.client.pushMessage({ to, messages: [{ type: 'text', text }] }); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: 'sent' }] };
    });
    server.registerTool('broadcast_text', { description: 'Broadcast a text', inputSchema: { text: z.string() } }, async ({ text }) => {
      await this.client.broadcast({ messages: [{ type: 'text', text }] }); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: 'sent' }] };
    });
    server.registerTool('push_keyed', { description: 'Push once per request', inputSchema: { to: z.string(), text: z.string(), requestId: z.string().uuid() } }, async ({ to, text, requestId }) => {
      await this.client.pushMessage({ to, messages: [{ type: 'text', text }] }, requestId);
      return { content: [{ type: 'text', text: 'sent' }] };
    });
    server.registerTool('profile', { description: 'Get a user profile', inputSchema: { userId: z.string() } }, async ({ userId }) => {
      const profile = await this.client.getProfile(userId);
      return { content: [{ type: 'text', text: JSON.stringify(profile) }] };
    });
  }
}

const messaging = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });
const server = new McpServer({ name: 'line', version: '1.0.0' });

server.registerTool('create_menu', { description: 'Create a rich menu', inputSchema: { name: z.string() } }, async ({ name }) => {
  const menu = await messaging.createRichMenu({ size: { width: 2500, height: 843 }, selected: false, name, chatBarText: name, areas: [] }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: menu.richMenuId }] };
});

server.registerTool('reply', { description: 'Reply to an event', inputSchema: { replyToken: z.string(), text: z.string() } }, async ({ replyToken, text }) => {
  await messaging.replyMessage({ replyToken, messages: [{ type: 'text', text }] });
  return { content: [{ type: 'text', text: 'replied' }] };
});
