// Handlers typed by a project function type whose context holds the discord.js Client: the client is the
// package's, and its REST manager retries a timed-out POST (3 times by default) with no key.
import type { LocalHandler, ToolHandler } from './types.js';

export const sendMessage: ToolHandler<{ channelId: string; message: string }> = async ({ channelId, message }, { client }) => {
  const channel = await client.channels.fetch(channelId);
  if (!channel || !channel.isTextBased() || !('send' in channel)) return { text: 'no such channel' };
  await channel.send({ content: message }); // expect: unkeyed-retry
  return { text: 'sent' };
};

export const createForumPost: ToolHandler<{ forumId: string; title: string; content: string }> = async (args, { client }) => {
  const forum = await client.channels.fetch(args.forumId);
  if (!forum || !('threads' in forum)) return { text: 'not a forum' };
  const thread = await forum.threads.create({ name: args.title, message: { content: args.content } }); // expect: unkeyed-retry
  return { text: thread.id };
};

export const createWebhook: ToolHandler<{ channelId: string; name: string }> = async (args, { client }) => {
  const channel = await client.channels.fetch(args.channelId);
  if (!channel || !('createWebhook' in channel)) return { text: 'no webhooks here' };
  const hook = await channel.createWebhook({ name: args.name }); // expect: unkeyed-retry
  // Near-miss: reading the channel's messages repeats nothing.
  await channel.messages.fetch({ limit: 1 });
  return { text: hook.id };
};

/** Near-miss: a handler of the project's own context type, whose client is no discord.js Client. */
export const localSend: LocalHandler = async ({ channelId }, { client }) => {
  const channel = await client.channels.fetch(channelId);
  await channel.send('hello');
};
