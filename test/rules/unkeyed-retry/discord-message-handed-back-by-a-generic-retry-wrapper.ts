// A project retry wrapper typed `<T>(fn: () => Promise<T>, …): Promise<T>` hands back what its callback resolves to: the
// Message that `channel.send` posted. Re-running the send is a finding at the call handing it over; the thread started on that
// message is a discord.js thread, whose `send` the REST manager retries with no nonce (a finding). Clean: the same wrapper
// handing back a value of the project's own, whose `send` only logs.
import { Client, GatewayIntentBits, type TextChannel } from 'discord.js';

async function withBackoff<T>(fn: () => Promise<T>, label: string): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= 3) throw error;
      console.warn(`${label} failed, retrying`, error);
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }
}

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

export async function postReport(channelId: string, summary: string, details: string[]) {
  const channel = (await client.channels.fetch(channelId)) as TextChannel;
  const posted = await withBackoff(() => channel.send(summary), 'post report'); // expect: unkeyed-retry
  const thread = await posted.startThread({ name: 'Report details' });
  for (const line of details) await thread.send(line); // expect: unkeyed-retry
}

const journal = { send: async (line: string) => console.log(line) };

export async function noteReport(summary: string) {
  const entry = await withBackoff(async () => journal, 'open journal');
  await entry.send(summary);
}
