// discord.js: a custom sticker uploaded with `guild.stickers.create` is new on every call (a new id, through the REST
// manager's POST). Clean: fetching the guild's stickers and editing one by its id.
import { Client, GatewayIntentBits } from 'discord.js';
import { tool } from 'ai';
import { z } from 'zod';

const discord = new Client({ intents: [GatewayIntentBits.Guilds] });

export const uploadSticker = tool({
  description: 'Upload a sticker to the server',
  inputSchema: z.object({ guildId: z.string(), name: z.string(), url: z.string(), tag: z.string() }),
  execute: async ({ guildId, name, url, tag }) => {
    const guild = await discord.guilds.fetch(guildId);
    const sticker = await guild.stickers.create({ file: url, name, tags: tag }); // expect: non-idempotent-tool
    return sticker.id;
  },
});

export const renameSticker = tool({
  description: 'Rename a sticker',
  inputSchema: z.object({ guildId: z.string(), stickerId: z.string(), name: z.string() }),
  execute: async ({ guildId, stickerId, name }) => {
    const guild = await discord.guilds.fetch(guildId);
    await guild.stickers.fetch();
    return (await guild.stickers.edit(stickerId, { name })).name;
  },
});
