// A command file whose loader hands the client first (`command.execute(client, interaction)`): the interaction is the
// parameter named so. Its channel's send is retried by the REST manager with no nonce.
const Discord = require('discord.js');

module.exports = {
  data: new Discord.SlashCommandBuilder().setName('summarize').setDescription('Summarize this channel'),
  async execute(client, interaction) {
    await interaction.reply({ content: `Summarizing for ${client.user.username}…`, ephemeral: true });
    await interaction.channel.send('Summary: nothing new today.'); // expect: unkeyed-retry
  },
};
