// discord.js keeps its @discordjs/rest client as `Client#rest` (BaseClient.js: `this.rest = new REST(this.options.rest)`),
// so a raw route request through it has that client's retries: a request that timed out or got a 5xx is sent again
// up to 3 times, POST included, with no nonce. A poll posted through a client a class is handed, and a message posted
// through a module's client, are findings; the same post on a client built with `rest: { retries: 0 }`, a typing
// indicator (a route a repeat does not duplicate), a PUT of a pin and reads are clean.
import { Client, GatewayIntentBits, Routes } from 'discord.js';

export class PollChannel {
  constructor(private readonly client: Client, private readonly channelId: string) {}

  async openPoll(question: string, answers: string[]) {
    const created = (await this.client.rest.post(Routes.channelMessages(this.channelId), { // expect: unkeyed-retry
      body: { poll: { question: { text: question }, answers: answers.map((text) => ({ poll_media: { text } })), duration: 24 } },
    })) as { id: string };
    return created.id;
  }

  async pin(messageId: string) {
    await this.client.rest.put(Routes.channelPin(this.channelId, messageId));
    return this.client.rest.get(Routes.channelPins(this.channelId));
  }

  async showTyping() {
    await this.client.rest.post(Routes.channelTyping(this.channelId));
  }
}

const bot = new Client({ intents: [GatewayIntentBits.Guilds] });
const sendsOnce = new Client({ intents: [GatewayIntentBits.Guilds], rest: { retries: 0 } });

export async function announce(channelId: string, text: string) {
  await bot.rest.post(Routes.channelMessages(channelId), { body: { content: text } }); // expect: unkeyed-retry
  await sendsOnce.rest.post(Routes.channelMessages(channelId), { body: { content: text } });
}
