// A command module its loader finds by folder (`fs.readdirSync('commands')`, then `command.execute(args, message)`):
// no import of discord.js, no type, but in a discord.js bot the `message` a command gets is the Message its listener
// got. Its reply and its channel's send go through the REST manager, which retries a timed-out or 5xx POST 3 times
// with no nonce. Clean: a reaction, and an interaction's reply (accepted once).
module.exports = {
  name: 'ask',
  description: 'Ask the assistant a question.',
  async execute(args, message) {
    await message.react('🤔');
    await message.reply(`Thinking about: ${args.join(' ')}`); // expect: unkeyed-retry
    await message.channel.send('Answer follows.'); // expect: unkeyed-retry
  },
};

module.exports.slash = {
  name: 'ask-slash',
  /** @param {import('discord.js').ChatInputCommandInteraction} interaction */
  async execute(interaction) {
    await interaction.reply('Thinking…');
    await interaction.followUp('Answer follows.'); // expect: unkeyed-retry
  },
};
