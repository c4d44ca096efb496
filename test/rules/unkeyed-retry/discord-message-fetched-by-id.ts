// A message fetched by id from a channel's message manager is a discord.js Message (MessageManager#fetch with a snowflake),
// and so is the reply an interaction posted (`fetchReply`): their `reply` posts a new message through the REST manager,
// which retries a timed-out or 5xx POST 3 times with no nonce. Clean: a reaction, and the same calls on an object of the
// project's own.
import { Client, GatewayIntentBits, type ChatInputCommandInteraction } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

export async function answerLater(channelId: string, messageId: string, text: string) {
  const channel = await client.channels.fetch(channelId);
  if (!channel || !channel.isTextBased() || !('messages' in channel)) return;
  const original = await channel.messages.fetch(messageId);
  await original.react('✅');
  await original.reply(text); // expect: unkeyed-retry
}

export async function thread(interaction: ChatInputCommandInteraction) {
  await interaction.reply('Starting a thread…');
  const posted = await interaction.fetchReply();
  await posted.reply('Follow-ups go here.'); // expect: unkeyed-retry
}

const archive = { messages: { fetch: async (id: string) => ({ id, reply: async (text: string) => console.log(id, text) }) } };

export async function replay(id: string) {
  const stored = await archive.messages.fetch(id);
  await stored.reply('replayed');
}
