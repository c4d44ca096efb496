// Near-misses: a command table of the project's own (its `data` is a plain object, no SlashCommandBuilder), and an
// event file whose first parameter is not the client (its loader's second argument is the project's own context).
const { Events } = require('discord.js');

module.exports.help = {
  data: { name: 'help', description: 'List commands' },
  async execute(interaction) {
    await interaction.followUp('Commands: /ask, /summarize');
  },
};

module.exports.audit = {
  event: Events.MessageCreate,
  async execute(store, record) {
    await record.channel.send('audited');
    store.add(record);
  },
};
