// discord.js sends a message's `nonce` with `enforce_nonce` when the options say `enforceNonce: true` (MessagePayload
// resolveBody), and Discord then returns the message an author already made with that nonce instead of making a second:
// a key, so the REST manager's retries of a send carrying a nonce made from stable input repeat nothing. A nonce sent
// without `enforceNonce` (or with it false) is only echoed back, and the retried send posts again.
import { Client, GatewayIntentBits, type Message } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

export async function announce(channelId: string, releaseId: string, text: string) {
  const channel = await client.channels.fetch(channelId);
  if (!channel || !channel.isSendable()) return;
  await channel.send({ content: text, nonce: `release-${releaseId}`, enforceNonce: true });
  await channel.send({ content: text, nonce: `release-${releaseId}` }); // expect: unkeyed-retry
  await channel.send({ content: text, nonce: `release-${releaseId}`, enforceNonce: false }); // expect: unkeyed-retry
}

export async function answer(question: Message, text: string) {
  await question.reply({ content: text, nonce: question.id, enforceNonce: true });
  await question.reply({ content: text }); // expect: unkeyed-retry
}
