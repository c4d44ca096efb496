// Discord's REST API through @discordjs/rest with discord-api-types' `Routes`: a POST to a route whose repeat makes
// nothing new — a typing indicator, the DM channel Discord hands back, a bulk ban of given users, a bulk delete of
// given messages, a command kept under its name, an interaction answered once, a thread started from a message, a
// guild's one template — is no finding. A message posted to a channel and a thread made with no start message are new
// on every call: findings.
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const rest = new REST({ version: '10' }).setToken(process.env.BOT_TOKEN ?? '');
const server = new McpServer({ name: 'guild-helper', version: '0.4.0' });

server.registerTool('show_typing', { inputSchema: { channelId: z.string() } }, async ({ channelId }) => {
  await rest.post(Routes.channelTyping(channelId));
  return { content: [{ type: 'text', text: 'typing' }] };
});

server.registerTool('open_dm', { inputSchema: { userId: z.string() } }, async ({ userId }) => {
  const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as { id: string };
  return { content: [{ type: 'text', text: dm.id }] };
});

server.registerTool('ban_many', { inputSchema: { guildId: z.string(), userIds: z.array(z.string()) } }, async ({ guildId, userIds }) => {
  await rest.post(Routes.guildBulkBan(guildId), { body: { user_ids: userIds } });
  return { content: [{ type: 'text', text: 'banned' }] };
});

server.registerTool('purge', { inputSchema: { channelId: z.string(), messageIds: z.array(z.string()) } }, async ({ channelId, messageIds }) => {
  await rest.post(Routes.channelBulkDelete(channelId), { body: { messages: messageIds } });
  return { content: [{ type: 'text', text: 'purged' }] };
});

server.registerTool('register_command', { inputSchema: { appId: z.string(), name: z.string(), description: z.string() } }, async ({ appId, name, description }) => {
  await rest.post(Routes.applicationCommands(appId), { body: { name, description } });
  return { content: [{ type: 'text', text: 'registered' }] };
});

server.registerTool('answer_interaction', { inputSchema: { id: z.string(), token: z.string(), text: z.string() } }, async ({ id, token, text }) => {
  await rest.post(Routes.interactionCallback(id, token), { body: { type: 4, data: { content: text } } });
  return { content: [{ type: 'text', text: 'answered' }] };
});

server.registerTool('thread_from_message', { inputSchema: { channelId: z.string(), messageId: z.string(), name: z.string() } }, async ({ channelId, messageId, name }) => {
  await rest.post(Routes.threads(channelId, messageId), { body: { name } });
  return { content: [{ type: 'text', text: 'thread' }] };
});

server.registerTool('snapshot_guild', { inputSchema: { guildId: z.string(), name: z.string() } }, async ({ guildId, name }) => {
  await rest.post(Routes.guildTemplates(guildId), { body: { name } });
  return { content: [{ type: 'text', text: 'template' }] };
});

server.registerTool('say', { inputSchema: { channelId: z.string(), text: z.string() } }, async ({ channelId, text }) => {
  await rest.post(Routes.channelMessages(channelId), { body: { content: text } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'sent' }] };
});

server.registerTool('new_thread', { inputSchema: { channelId: z.string(), name: z.string() } }, async ({ channelId, name }) => {
  await rest.post(Routes.threads(channelId), { body: { name, type: 11 } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'thread' }] };
});
