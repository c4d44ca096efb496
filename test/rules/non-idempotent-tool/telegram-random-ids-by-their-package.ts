// A gramJS request's randomId is Telegram's key for a resend: one made fresh on each call by gramJS's
// `helpers.generateRandomBigInt()` keys nothing (finding); a project's own function that happens to share the name but
// derives the id from the input (`generateRandomLong(entryId)`) gives the same id on a repeat, a key Telegram drops the
// resend of (clean). The fresh-value fact is tied to the `telegram` package, not to the name.
import { Api, TelegramClient, helpers } from 'telegram';
import { createHash } from 'node:crypto';
import { tool } from 'ai';
import { z } from 'zod';

declare const gram: TelegramClient;

function generateRandomLong(seed: string): bigint {
  return BigInt('0x' + createHash('sha256').update(seed).digest('hex').slice(0, 15));
}

export const shout = tool({
  description: 'Post a message with a fresh random id',
  inputSchema: z.object({ peer: z.string(), text: z.string() }),
  execute: async ({ peer, text }) => {
    await gram.invoke(new Api.messages.SendMessage({ peer, message: text, randomId: helpers.generateRandomBigInt() })); // expect: non-idempotent-tool
    return { ok: true };
  },
});

export const deliverEntry = tool({
  description: 'Deliver a queued entry; its random id is derived from the entry id',
  inputSchema: z.object({ peer: z.string(), text: z.string(), entryId: z.string() }),
  execute: async ({ peer, text, entryId }) => {
    await gram.invoke(new Api.messages.SendMessage({ peer, message: text, randomId: generateRandomLong(entryId) as never }));
    return { ok: true };
  },
});
