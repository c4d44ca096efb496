// A discord.js Client's listeners receive the event's objects: the `message` of `messageCreate` is a Message whose
// reply (and its channel's send) goes through the REST manager, which retries a timed-out or 5xx POST 3 times with no
// nonce. Also when the listener hands the message to a helper that only it calls. Clean: a reaction (repeats
// nothing), a listener on another emitter, and an event whose argument is no discord.js object (`error: [error: Error]`).
const { Client, Events, GatewayIntentBits } = require('discord.js');
const { EventEmitter } = require('node:events');

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

client.on('messageCreate', async (message) => {
  if (message.author.bot) return;
  await message.react('👀');
  await message.reply('On it.'); // expect: unkeyed-retry
});

client.once(Events.MessageCreate, async (message) => {
  await announce(message);
});

async function announce(message) {
  await message.channel.send(`Welcome, ${message.author.username}`); // expect: unkeyed-retry
}

client.on(Events.Error, async (error) => {
  await error.send('failed');
});

const local = new EventEmitter();
local.on('messageCreate', async (message) => {
  await message.reply('not Discord');
});
