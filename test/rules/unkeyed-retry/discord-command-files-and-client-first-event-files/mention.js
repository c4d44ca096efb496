// An event file that keeps a label of its own in `name` and the event in `event`, and whose loader hands the client
// first: `execute(client, msg)` receives the Message second. Its reply and its channel's send are retried by the REST
// manager with no nonce.
const Discord = require('discord.js');

module.exports = {
  name: 'mention',
  event: Discord.Events.MessageCreate,
  async execute(client, msg) {
    if (msg.author.bot || !msg.mentions.has(client.user)) return;
    await msg.reply('Thinking…'); // expect: unkeyed-retry
    await msg.channel.send('Done.'); // expect: unkeyed-retry
  },
};
