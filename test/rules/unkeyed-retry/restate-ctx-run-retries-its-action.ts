// Restate retries a failed `ctx.run` action (by default until it succeeds): a chat message it posts with no key is
// posted again when the attempt failed after Slack stored it. The action that only reads, and the one that sends a
// key made once outside the action, are clean.
import * as restate from '@restatedev/restate-sdk';
import { randomUUID } from 'node:crypto';

async function postStatus(channel: string, text: string): Promise<string> {
  const res = await fetch('https://chat.example.com/api/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel, text }),
    signal: AbortSignal.timeout(10_000),
  });
  return ((await res.json()) as { ts: string }).ts;
}

export const bot = restate.service({
  name: 'bot',
  handlers: {
    process: async (ctx: restate.Context, msg: { channel: string; text: string }) => {
      const ts = await ctx.run('post status', () => postStatus(msg.channel, 'thinking…')); // expect: unkeyed-retry
      const history = await ctx.run('load history', async () => {
        const res = await fetch(`https://chat.example.com/api/history?channel=${msg.channel}`, { signal: AbortSignal.timeout(10_000) });
        return (await res.json()) as string[];
      });
      const key = await ctx.run('key', () => randomUUID());
      await ctx.run('post answer', () =>
        fetch('https://chat.example.com/api/messages', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify({ channel: msg.channel, text: `${history.length} messages so far`, thread: ts }),
          signal: AbortSignal.timeout(10_000),
        }),
      );
    },
  },
});
