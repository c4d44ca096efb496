// The discord.js guide's event file: `{ name: Events.MessageCreate, execute(message) }`, which its loader registers
// with `client.on(event.name, (...args) => event.execute(...args))`. The message's reply is retried by the REST
// manager. Clean: a command table of the project's own, named by a plain string.
const { Events } = require('discord.js');

module.exports = {
  name: Events.MessageCreate,
  async execute(message) {
    if (!message.content.startsWith('!ping')) return;
    await message.reply('pong'); // expect: unkeyed-retry
  },
};

module.exports.commands = {
  name: 'messageCreate',
  async execute(message) {
    await message.reply('handled elsewhere');
  },
};
