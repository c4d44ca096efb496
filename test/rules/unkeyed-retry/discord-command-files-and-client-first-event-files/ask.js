// The discord.js guide's command file: `data` is a SlashCommandBuilder and `execute(interaction)` receives the
// ChatInputCommandInteraction. Each follow-up posts a new message through the REST manager, which retries a
// timed-out or 5xx POST 3 times with no nonce. Clean: the interaction's one-shot `reply` and `editReply`.
const { SlashCommandBuilder } = require('discord.js');

async function answer(question) {
  return `You asked: ${question}`;
}

module.exports = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask the assistant')
    .addStringOption((option) => option.setName('question').setDescription('Your question').setRequired(true)),
  async execute(interaction) {
    await interaction.deferReply();
    const text = await answer(interaction.options.getString('question'));
    await interaction.editReply(text.slice(0, 2000));
    for (let i = 2000; i < text.length; i += 2000) {
      await interaction.followUp(text.slice(i, i + 2000)); // expect: unkeyed-retry
    }
  },
};
