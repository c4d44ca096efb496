// discord.js: a Client's `on`/`once` listeners receive the event's objects (typings/index.d.ts ClientEvents /
// ClientEventTypes: `messageCreate: [message: Message]`, `interactionCreate: [interaction: Interaction]`,
// `threadCreate: [thread: AnyThreadChannel, …]`, `guildMemberAdd: [member: GuildMember]`), and `Events` names them
// (`Events.MessageCreate = 'messageCreate'`). The discord.js guide's event files export
// `{ name: Events.MessageCreate, execute(message) { … } }`, which its loader registers with `client.on(event.name,
// (...args) => event.execute(...args))`: the same listener. Every one of those values sends through the client's REST
// manager (knowledge/saas-writes.ts: retries timeouts and 5xx 3 times).
import type { ListenerContract } from './slack-bolt.js';

const discordType = (exportName: string) => ({ module: 'discord.js', exportName });

export const discordListenerContracts: ListenerContract[] = [
  {
    registeredOn: { module: ['discord.js'], export: ['Client'], instance: true },
    registrations: ['on', 'once'],
    args: {},
    events: {
      types: {
        messageCreate: discordType('Message'),
        interactionCreate: discordType('BaseInteraction'),
        threadCreate: discordType('ThreadChannel'),
        guildMemberAdd: discordType('GuildMember'),
      },
      enumExport: {
        module: 'discord.js', export: 'Events',
        members: { MessageCreate: 'messageCreate', InteractionCreate: 'interactionCreate', ThreadCreate: 'threadCreate', GuildMemberAdd: 'guildMemberAdd' },
      },
      module: { nameKey: 'name', method: 'execute' },
      otherNameKeys: ['event', 'eventName', 'type'],
    },
    // The guide's command files (discordjs/guide: creating-your-bot/slash-commands, command-handling): `data` is a
    // SlashCommandBuilder (discord.js re-exports @discordjs/builders'), `execute(interaction)` receives the
    // ChatInputCommandInteraction its loader finds by `interaction.commandName`.
    commandModule: {
      dataKey: 'data',
      method: 'execute',
      builders: { module: ['discord.js', '@discordjs/builders'], export: ['SlashCommandBuilder'] },
      parameterName: /interaction/i,
      type: discordType('ChatInputCommandInteraction'),
    },
    checkedAgainst: 'discord.js@14 (typings/index.d.ts ClientEvents, Events enum; discordjs/discord.js at 219ad7b: ClientEventTypes)',
  },
];
