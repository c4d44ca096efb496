// Jobs written as objects of the project's `Job` type: `ctx` has no annotation, the type the object is written with
// gives it `JobContext`, whose client is discord.js's. Its channel's `send` goes through the REST manager, which retries
// a timed-out POST with no nonce (a finding), and so does the thread's `send` in a helper typed by the project's
// structural `PostTarget`, whose one caller hands it the thread (a finding). Clean: the dry-run job's context holds a
// client of the project's own, and the same helper's other use posts to the project's console target.
import { ChannelType } from 'discord.js';
import type { DryRunJob, Job, PostTarget } from './types.js';

async function postLines(target: PostTarget, lines: string[]) {
  for (const line of lines) await target.send(line); // expect: unkeyed-retry
}

export const digestJob: Job = {
  id: 'digest',
  run: async (ctx) => {
    const channel = await ctx.client.channels.fetch(ctx.channelId);
    if (!channel || channel.type !== ChannelType.GuildText) return;
    const kickoff = await channel.send('Daily digest'); // expect: unkeyed-retry
    const thread = await kickoff.startThread({ name: 'Digest' });
    await postLines(thread, ['first item', 'second item']);
  },
};

export const dryRunJob: DryRunJob = {
  id: 'dry-run',
  run: async (ctx) => {
    const channel = await ctx.client.channels.fetch(ctx.channelId);
    await channel.send('would post the digest');
  },
};

const consoleTarget = { send: async (text: string) => console.log(text) };

export async function printDigest(lines: string[]) {
  await printLines(consoleTarget, lines);
}

async function printLines(target: PostTarget, lines: string[]) {
  for (const line of lines) await target.send(line);
}
