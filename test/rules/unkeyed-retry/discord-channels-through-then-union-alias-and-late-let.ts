// discord.js channels reached in three everyday ways, each sending through the REST manager that retries timeouts and
// 5xx 3 times with no nonce: the callback of `.then` on `client.channels.fetch(id)` (it receives what `await` would
// give), a parameter typed by a project alias of a union of discord.js channel classes, and a `let channel: any =
// undefined` assigned the fetched channel later. Clean: `sendTyping` (a status, not a message), a `.then` on a project
// function's promise, an alias whose union holds a project interface, and a `let … = null` assigned a project object.
import { Client, GatewayIntentBits, type DMChannel, type TextChannel } from 'discord.js';

const bot = new Client({ intents: [GatewayIntentBits.Guilds] });

type RelayTarget = TextChannel | DMChannel;

interface LocalOutbox {
  send(text: string): Promise<void>;
}

type MixedTarget = TextChannel | LocalOutbox;

export function relay(channelId: string, text: string) {
  bot.channels.fetch(channelId).then((channel) => {
    if (channel?.isTextBased() && 'send' in channel) channel.send(text); // expect: unkeyed-retry
  });
  bot.channels.fetch(channelId).then((channel) => {
    if (channel?.isTextBased() && 'sendTyping' in channel) channel.sendTyping();
  });
}

export async function postStatus(target: RelayTarget, text: string) {
  await target.send(text); // expect: unkeyed-retry
}

export async function postMixed(target: MixedTarget, text: string) {
  await target.send(text);
}

export async function heartbeat(channelId: string, text: string) {
  let channel: any = undefined;
  const fetched = await bot.channels.fetch(channelId);
  if (fetched && 'send' in fetched) channel = fetched;
  if (channel) await channel.send(text); // expect: unkeyed-retry
}

function openOutbox(): Promise<LocalOutbox> {
  return Promise.resolve({ send: async () => undefined });
}

export async function queueLocally(text: string) {
  openOutbox().then((outbox) => outbox.send(text));
  let spare: any = null;
  spare = await openOutbox();
  await spare.send(text);
}
