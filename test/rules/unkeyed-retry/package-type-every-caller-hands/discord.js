// Two discord.js listeners hand a helper their message's channel: one package type (a Message's `channel`), so the
// helper's `channel.send` posts through the REST manager, which retries a timed-out or 5xx POST 3 times with no nonce.
// Clean: a helper one caller hands a channel of the project's own.
const { Client, Events, GatewayIntentBits } = require('discord.js');

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });
const console_channel = { send: async (text) => console.log(text) };

client.on(Events.MessageCreate, async (message) => {
  if (message.content === '!help') await sendChunks(message.channel, 'Commands: !help, !ping');
  await announce(message.channel, 'seen');
});

client.on('messageCreate', async (message) => {
  if (message.content === '!ping') await sendChunks(message.channel, 'pong');
  await announce(console_channel, 'seen');
});

async function sendChunks(channel, text) {
  for (const chunk of text.match(/[\s\S]{1,1900}/g) ?? []) {
    await channel.send(chunk); // expect: unkeyed-retry
  }
}

async function announce(channel, text) {
  await channel.send(text);
}
