// discord.js tools: forwarding a message sends a new message to the target channel (Message#forward is channel.send),
// and creating a scheduled event makes a new event on every call; fetching the guild's events reads.
import { Client, GatewayIntentBits, GuildScheduledEventEntityType, GuildScheduledEventPrivacyLevel, type TextChannel } from 'discord.js';
import { tool } from 'ai';
import { z } from 'zod';

const discord = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

export const forwardMessage = tool({
  description: 'Forward a message to another channel',
  inputSchema: z.object({ channelId: z.string(), messageId: z.string(), targetId: z.string() }),
  execute: async ({ channelId, messageId, targetId }) => {
    const channel = (await discord.channels.fetch(channelId)) as TextChannel;
    const message = await channel.messages.fetch(messageId);
    const sent = await message.forward(targetId); // expect: non-idempotent-tool
    return sent.id;
  },
});

export const createEvent = tool({
  description: 'Schedule a community event',
  inputSchema: z.object({ guildId: z.string(), name: z.string(), start: z.string() }),
  execute: async ({ guildId, name, start }) => {
    const guild = await discord.guilds.fetch(guildId);
    const event = await guild.scheduledEvents.create({ // expect: non-idempotent-tool
      name,
      scheduledStartTime: new Date(start),
      scheduledEndTime: new Date(new Date(start).getTime() + 3_600_000),
      privacyLevel: GuildScheduledEventPrivacyLevel.GuildOnly,
      entityType: GuildScheduledEventEntityType.External,
      entityMetadata: { location: 'Online' },
    });
    return event.id;
  },
});

export const listEvents = tool({
  description: 'List scheduled events',
  inputSchema: z.object({ guildId: z.string() }),
  execute: async ({ guildId }) => {
    const guild = await discord.guilds.fetch(guildId);
    const events = await guild.scheduledEvents.fetch();
    return events.map((event) => event.name);
  },
});
