// @discordjs/rest on its own, without discord.js's Client: `new REST({ version: '10' })` sends a request that timed
// out (its own 15-second abort) or got a 5xx again, up to `retries` (3) times, POST included (packages/rest
// src/lib/handlers/Shared.ts makeNetworkRequest and handleErrors; utils/constants.ts DefaultRestOptions). A message
// post and a role create through it are findings, also through a client a class keeps in a field; the same post on a
// client built with `retries: 0`, a thread started from a message (Discord allows one per message), a PUT of a
// reaction and reads are clean.
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';

const rest = new REST({ version: '10' }).setToken(process.env.BOT_TOKEN!);
const onceOnly = new REST({ version: '10', retries: 0 }).setToken(process.env.BOT_TOKEN!);

export async function announce(channelId: string, text: string) {
  await rest.post(Routes.channelMessages(channelId), { body: { content: text } }); // expect: unkeyed-retry
  await onceOnly.post(Routes.channelMessages(channelId), { body: { content: text } });
  await rest.put(Routes.channelMessageOwnReaction(channelId, '1', 'thumbsup'));
  return rest.get(Routes.channelMessages(channelId));
}

export class GuildSetup {
  private readonly api: REST;

  constructor(token: string) {
    this.api = new REST({ version: '10' }).setToken(token);
  }

  async addRole(guildId: string, name: string) {
    return this.api.post(Routes.guildRoles(guildId), { body: { name } }); // expect: unkeyed-retry
  }

  async discussMessage(channelId: string, messageId: string, name: string) {
    return this.api.post(Routes.threads(channelId, messageId), { body: { name } });
  }
}
