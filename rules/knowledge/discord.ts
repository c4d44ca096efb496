// discord.js: a Client's `on`/`once` listeners receive the event's objects (typings/index.d.ts ClientEvents /
// ClientEventTypes: `messageCreate: [message: Message]`, `interactionCreate: [interaction: Interaction]`,
// `threadCreate: [thread: AnyThreadChannel, …]`, `guildMemberAdd: [member: GuildMember]`), and `Events` names them
// (`Events.MessageCreate = 'messageCreate'`). The discord.js guide's event files export
// `{ name: Events.MessageCreate, execute(message) { … } }`, which its loader registers with `client.on(event.name,
// (...args) => event.execute(...args))`: the same listener. Every one of those values sends through the client's REST
// manager (knowledge/saas-writes.ts: retries timeouts and 5xx 3 times).
import type { ConventionalParameters, ListenerContract } from './slack-bolt.js';
import type { ReturnedInstanceFact } from './types.js';

const discordType = (exportName: string) => ({ module: 'discord.js', exportName });
const eventTypes = (exportName: string, events: string[]) => Object.fromEntries(events.map((event) => [event, discordType(exportName)]));
/** `MessageCreate` → `messageCreate`: the enum members whose value is their own name, lower-camel-cased. */
const enumMembers = (names: string[]) => Object.fromEntries(names.map((name) => [name, name[0]!.toLowerCase() + name.slice(1)]));

export const discordListenerContracts: ListenerContract[] = [
  {
    registeredOn: { module: ['discord.js'], export: ['Client'], instance: true },
    registrations: ['on', 'once'],
    args: {},
    events: {
      // Each event's first listener argument, from ClientEventTypes; events whose first argument is a string, an Error or a
      // Collection (`debug`, `error`, `messageDeleteBulk`, `threadListSync`, …) are left out.
      types: {
        ...eventTypes('Message', ['messageCreate', 'messageDelete', 'messageUpdate', 'messageReactionRemoveAll']),
        ...eventTypes('BaseInteraction', ['interactionCreate']),
        ...eventTypes('ThreadChannel', ['threadCreate', 'threadDelete', 'threadUpdate']),
        ...eventTypes('GuildMember', ['guildMemberAdd', 'guildMemberAvailable', 'guildMemberRemove', 'guildMemberUpdate']),
        ...eventTypes('Guild', ['guildCreate', 'guildAvailable', 'guildDelete', 'guildUnavailable', 'guildUpdate', 'guildIntegrationsUpdate']),
        ...eventTypes('GuildChannel', ['channelCreate', 'channelDelete', 'channelUpdate', 'channelPinsUpdate', 'webhooksUpdate']),
        ...eventTypes('MessageReaction', ['messageReactionAdd', 'messageReactionRemove', 'messageReactionRemoveEmoji']),
        // `ready` before discord.js 14.22 renamed it `clientReady` (both: `[client: Client<true>]`).
        ...eventTypes('Client', ['ready', 'clientReady']),
        ...eventTypes('GuildBan', ['guildBanAdd', 'guildBanRemove']),
        ...eventTypes('GuildEmoji', ['emojiCreate', 'emojiDelete', 'emojiUpdate']),
        ...eventTypes('Role', ['roleCreate', 'roleDelete', 'roleUpdate']),
        ...eventTypes('GuildInvite', ['inviteCreate', 'inviteDelete']),
        ...eventTypes('GuildScheduledEvent', ['guildScheduledEventCreate', 'guildScheduledEventDelete', 'guildScheduledEventUpdate', 'guildScheduledEventUserAdd', 'guildScheduledEventUserRemove']),
        ...eventTypes('StageInstance', ['stageInstanceCreate', 'stageInstanceDelete', 'stageInstanceUpdate']),
        ...eventTypes('Sticker', ['stickerCreate', 'stickerDelete', 'stickerUpdate']),
        ...eventTypes('ThreadMember', ['threadMemberUpdate']),
        ...eventTypes('Typing', ['typingStart']),
        ...eventTypes('User', ['userUpdate']),
        ...eventTypes('Presence', ['presenceUpdate']),
        ...eventTypes('VoiceState', ['voiceStateUpdate']),
        ...eventTypes('PollAnswer', ['messagePollVoteAdd', 'messagePollVoteRemove']),
        ...eventTypes('AutoModerationActionExecution', ['autoModerationActionExecution']),
        ...eventTypes('AutoModerationRule', ['autoModerationRuleCreate', 'autoModerationRuleDelete', 'autoModerationRuleUpdate']),
        ...eventTypes('GuildAuditLogsEntry', ['guildAuditLogEntryCreate']),
        ...eventTypes('Entitlement', ['entitlementCreate', 'entitlementDelete', 'entitlementUpdate']),
        ...eventTypes('Subscription', ['subscriptionCreate', 'subscriptionDelete', 'subscriptionUpdate']),
        ...eventTypes('GuildSoundboardSound', ['guildSoundboardSoundCreate', 'guildSoundboardSoundDelete', 'guildSoundboardSoundUpdate']),
        ...eventTypes('VoiceChannelEffect', ['voiceChannelEffectSend']),
      },
      // The `Events` enum: each member's value (`GuildEmojiCreate = 'emojiCreate'`, `MessageBulkDelete = 'messageDeleteBulk'`).
      enumExport: {
        module: 'discord.js', export: 'Events',
        members: {
          ...enumMembers(['MessageCreate', 'MessageDelete', 'MessageUpdate', 'MessageReactionAdd', 'MessageReactionRemove', 'MessageReactionRemoveAll',
            'MessageReactionRemoveEmoji', 'MessagePollVoteAdd', 'MessagePollVoteRemove', 'InteractionCreate', 'ThreadCreate', 'ThreadDelete', 'ThreadUpdate',
            'ThreadMemberUpdate', 'GuildMemberAdd', 'GuildMemberAvailable', 'GuildMemberRemove', 'GuildMemberUpdate', 'GuildCreate', 'GuildAvailable',
            'GuildDelete', 'GuildUnavailable', 'GuildUpdate', 'GuildIntegrationsUpdate', 'GuildBanAdd', 'GuildBanRemove', 'GuildScheduledEventCreate',
            'GuildScheduledEventDelete', 'GuildScheduledEventUpdate', 'GuildScheduledEventUserAdd', 'GuildScheduledEventUserRemove', 'GuildAuditLogEntryCreate',
            'GuildSoundboardSoundCreate', 'GuildSoundboardSoundDelete', 'GuildSoundboardSoundUpdate', 'ChannelCreate', 'ChannelDelete', 'ChannelUpdate',
            'ChannelPinsUpdate', 'WebhooksUpdate', 'ClientReady', 'InviteCreate', 'InviteDelete', 'StageInstanceCreate', 'StageInstanceDelete',
            'StageInstanceUpdate', 'TypingStart', 'UserUpdate', 'PresenceUpdate', 'VoiceStateUpdate', 'AutoModerationActionExecution',
            'AutoModerationRuleCreate', 'AutoModerationRuleDelete', 'AutoModerationRuleUpdate', 'EntitlementCreate', 'EntitlementDelete', 'EntitlementUpdate',
            'SubscriptionCreate', 'SubscriptionDelete', 'SubscriptionUpdate', 'VoiceChannelEffectSend']),
          GuildEmojiCreate: 'emojiCreate', GuildEmojiDelete: 'emojiDelete', GuildEmojiUpdate: 'emojiUpdate',
          GuildRoleCreate: 'roleCreate', GuildRoleDelete: 'roleDelete', GuildRoleUpdate: 'roleUpdate',
          GuildStickerCreate: 'stickerCreate', GuildStickerDelete: 'stickerDelete', GuildStickerUpdate: 'stickerUpdate',
        },
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
    checkedAgainst: 'discord.js@14 (typings/index.d.ts ClientEvents, Events enum; discordjs/discord.js at 219ad7b and 00043a75: packages/discord.js/typings/index.d.ts ClientEventTypes, enum Events)',
  },
];

// The discord.js guide and the bots written from it call the Message a listener gets `message` (or `msg`), the
// interaction `interaction`, and hand them, or the message's `channel`, `guild` and `member`, to command modules loaded by
// folder and to tool tables (`execute(args, message)`, `TOOLS[name](client, message, args)`) that no project code calls by
// name. Packages with message objects of their own by the same names (other chat SDKs) make the name say nothing.
export const discordConventionalParameters: ConventionalParameters[] = [
  {
    module: 'discord.js',
    notWith: ['eris', 'oceanic.js', 'revolt.js', 'guilded.js', 'whatsapp-web.js', '@whiskeysockets/baileys', 'tmi.js', 'discord.js-selfbot-v13', 'telegraf', 'grammy', 'node-telegram-bot-api', '@slack/bolt'],
    names: [
      { pattern: '(?:discord|original|target)?(?:message|msg)', exportName: 'Message' },
      { pattern: '(?:discord)?interaction', exportName: 'BaseInteraction' },
      { pattern: '(?:discord|text|target)?channel', exportName: 'TextChannel' },
      { pattern: 'guild', exportName: 'Guild' },
      { pattern: '(?:guild)?member', exportName: 'GuildMember' },
    ],
    documentedTypes: [
      'Message', 'BaseInteraction', 'Interaction', 'CommandInteraction', 'ChatInputCommandInteraction', 'ButtonInteraction', 'ModalSubmitInteraction',
      'StringSelectMenuInteraction', 'TextChannel', 'DMChannel', 'NewsChannel', 'ThreadChannel', 'VoiceChannel', 'TextBasedChannel', 'GuildTextBasedChannel',
      'Guild', 'GuildMember', 'User', 'Webhook', 'WebhookClient', 'Client',
    ],
    checkedAgainst: 'discord.js@14 (guide: creating-your-bot/event-handling, command-handling; typings/index.d.ts class names)',
  },
];

// A message fetched by id (`channel.messages.fetch(id)`: MessageManager#fetch with a snowflake resolves to a Message), the
// reply an interaction posted (`fetchReply`), a thread's starter message and the message a reply references are
// Messages: their `reply` posts a new message (knowledge/saas-writes.ts). A fetch of many resolves to a Collection,
// which has no `reply` or `send`.
export const discordReturnedInstances: ReturnedInstanceFact[] = [
  { module: ['discord.js'], instance: true, path: ['**.messages.fetch', '**.fetchReply', '**.fetchStarterMessage', '**.fetchReference'], returns: 'Message',
    checkedAgainst: 'discord.js@14 (typings/index.d.ts: MessageManager#fetch(MessageResolvable | FetchMessageOptions): Promise<Message>, CommandInteraction#fetchReply, ThreadChannel#fetchStarterMessage, Message#fetchReference)' },
];
