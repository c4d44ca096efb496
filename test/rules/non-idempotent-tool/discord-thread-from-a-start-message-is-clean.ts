// discord.js: `threads.create({ startMessage })` starts a thread from an existing message, which Discord allows once
// per message (a repeat is refused); the same call with no start message makes a new thread every time.
import { Client, GatewayIntentBits, type TextChannel } from 'discord.js';
import { tool } from 'ai';
import { z } from 'zod';

const discord = new Client({ intents: [GatewayIntentBits.Guilds] });

export const discussMessage = tool({
  description: 'Open a discussion thread on a message',
  inputSchema: z.object({ channelId: z.string(), messageId: z.string(), title: z.string() }),
  execute: async ({ channelId, messageId, title }) => {
    const channel = (await discord.channels.fetch(channelId)) as TextChannel;
    const thread = await channel.threads.create({ name: title, startMessage: messageId });
    return thread.id;
  },
});

export const openTopic = tool({
  description: 'Open a new topic thread in a channel',
  inputSchema: z.object({ channelId: z.string(), title: z.string() }),
  execute: async ({ channelId, title }) => {
    const channel = (await discord.channels.fetch(channelId)) as TextChannel;
    const thread = await channel.threads.create({ name: title, autoArchiveDuration: 1440 }); // expect: non-idempotent-tool
    return thread.id;
  },
});
