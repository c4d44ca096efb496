// discord.js hands every Client listener the event's objects (typings ClientEventTypes): `guildCreate: [guild: Guild]`,
// `messageReactionAdd: [reaction: MessageReaction, user: User, …]`, `channelCreate: [channel: NonThreadGuildBasedChannel]`,
// `clientReady: [client: Client<true>]`; a reaction's `message` is a Message. A send through any of them goes through the REST manager, which retries a
// timed-out or 5xx POST 3 times with no nonce. Clean: a read through the same objects, and a listener of an event whose
// argument is no discord.js object (`cacheSweep: [message: string]`).
import { Client, Events, GatewayIntentBits, type MessageReaction, type TextChannel } from 'discord.js';

const bot = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessageReactions] });

bot.on(Events.GuildCreate, async (guild) => {
  const welcome = guild.channels.cache.find((c): c is TextChannel => c.name === 'general');
  await guild.systemChannel?.send('Thanks for adding me.'); // expect: unkeyed-retry
  await guild.members.fetch();
  if (welcome) console.log(welcome.id);
});

bot.on('messageReactionAdd', async (reaction, user) => {
  if (user.bot) return;
  await reaction.message.channel.send(`Noted your ${reaction.emoji.name}.`); // expect: unkeyed-retry
  await confirmReaction(reaction);
});

async function confirmReaction(reaction: MessageReaction) {
  await reaction.message.reply('Saved.'); // expect: unkeyed-retry
  await reaction.message.react('✅');
}

bot.on(Events.ChannelCreate, async (channel) => {
  if (!channel.isTextBased()) return;
  await channel.send('First post.'); // expect: unkeyed-retry
});

bot.once(Events.ClientReady, async (ready) => {
  const roster = await ready.guilds.fetch();
  console.log(roster.size);
});

bot.on(Events.CacheSweep, async (note) => {
  const sink = { send: async (text: string) => console.log(text) };
  await sink.send(note);
});
