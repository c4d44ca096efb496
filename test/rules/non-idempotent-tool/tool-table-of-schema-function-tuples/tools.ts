// A moderation bot's tools: each entry of TOOLS pairs the schema offered to the model with the function that runs it,
// and runTool calls the pair's function for the name of the model's tool call. Creating a channel and posting a
// notice make something new per call: reported in each function. Listing channels is a read.
import { ChannelType, type Guild, type TextChannel } from 'discord.js';

type Args = Record<string, string>;

function schema(name: string, description: string, properties: Record<string, unknown> = {}) {
  return { type: 'function' as const, function: { name, description, parameters: { type: 'object', properties } } };
}

async function listChannels(guild: Guild) {
  const channels = await guild.channels.fetch();
  return [...channels.values()].map((c) => c?.name).join(', ');
}

async function openChannel(guild: Guild, args: Args) {
  const channel = await guild.channels.create({ name: args.name, type: ChannelType.GuildText }); // expect: non-idempotent-tool
  return `Created #${channel.name}`;
}

async function postNotice(guild: Guild, args: Args) {
  const channel = (await guild.channels.fetch(args.channel)) as TextChannel;
  await channel.send(args.text); // expect: non-idempotent-tool
  return 'posted';
}

export const TOOLS = {
  list_channels: [schema('list_channels', 'List the channels'), listChannels],
  open_channel: [schema('open_channel', 'Open a text channel', { name: { type: 'string' } }), openChannel],
  post_notice: [schema('post_notice', 'Post a notice', { channel: { type: 'string' }, text: { type: 'string' } }), postNotice],
} as const;

export const TOOL_SCHEMAS = Object.values(TOOLS).map(([s]) => s);

export async function runTool(guild: Guild, name: string, args: Args) {
  const entry = TOOLS[name as keyof typeof TOOLS];
  if (!entry) return `unknown tool ${name}`;
  return entry[1](guild, args);
}
