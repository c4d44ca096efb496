// Near miss: slash commands in the same [description, function] shape, looked up by the command the user typed
// (not a model's tool call): not tools, so the channel they create is not reported.
import { ChannelType, type ChatInputCommandInteraction } from 'discord.js';

async function makeRoom(interaction: ChatInputCommandInteraction) {
  await interaction.guild!.channels.create({ name: interaction.options.getString('name', true), type: ChannelType.GuildText });
}

const COMMANDS = {
  room: ['Open a room', makeRoom],
} as const;

export async function onCommand(interaction: ChatInputCommandInteraction) {
  const entry = COMMANDS[interaction.commandName as keyof typeof COMMANDS];
  if (entry) await entry[1](interaction);
}
