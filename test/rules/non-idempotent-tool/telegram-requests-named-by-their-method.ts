// A Telegram client call whose method is named by the request it is handed: gramJS `client.invoke(new Api.<ns>.<Request>)`,
// TDLib's JSON interface `client.send({ '@type': … })`, tdl's `client.invoke({ _: … })`. A request that sends, forwards
// or makes a new chat is a write; a read (`GetHistory`, `getChat`), a setting, a reaction and TDLib's
// `createPrivateChat` (which returns the chat that is already there) are not; a gramJS request's `randomId` taken from
// the input is a key Telegram drops a resend of.
import { Api, TelegramClient } from 'telegram';
import { tool } from 'ai';
import { z } from 'zod';

declare const gram: TelegramClient;
declare const tdlib: { send(request: Record<string, unknown>): Promise<any> };

export const postAnnouncement = tool({
  description: 'Post an announcement to a channel',
  inputSchema: z.object({ channel: z.string(), text: z.string() }),
  execute: async ({ channel, text }) => {
    await gram.invoke(new Api.messages.SendMessage({ peer: channel, message: text })); // expect: non-idempotent-tool
    return { ok: true };
  },
});

export const openRoom = tool({
  description: 'Open a new discussion channel',
  inputSchema: z.object({ title: z.string() }),
  execute: async ({ title }) => {
    const request = new Api.channels.CreateChannel({ title, about: '', megagroup: true });
    const result = await gram.invoke(request); // expect: non-idempotent-tool
    return { ok: true, result };
  },
});

export const relayPost = tool({
  description: 'Relay a post from one chat to another (TDLib)',
  inputSchema: z.object({ from: z.number(), to: z.number(), id: z.number() }),
  execute: async ({ from, to, id }) => {
    await tdlib.send({ '@type': 'forwardMessages', chat_id: to, from_chat_id: from, message_ids: [id] }); // expect: non-idempotent-tool
    return { ok: true };
  },
});

export const startGroup = tool({
  description: 'Start a group with the given people (TDLib)',
  inputSchema: z.object({ title: z.string(), members: z.array(z.number()) }),
  execute: async ({ title, members }) => {
    const request = { '@type': 'createNewBasicGroupChat', user_ids: members, title };
    const chat = await tdlib.send(request); // expect: non-idempotent-tool
    return { id: chat.id };
  },
});

export const readHistory = tool({
  description: 'Read the last messages of a chat',
  inputSchema: z.object({ peer: z.string() }),
  execute: async ({ peer }) => {
    const history = await gram.invoke(new Api.messages.GetHistory({ peer, limit: 20 }));
    const chat = await tdlib.send({ '@type': 'getChat', chat_id: Number(peer) });
    return { history, chat };
  },
});

export const openDirectChat = tool({
  description: 'Open the private chat with a user (TDLib)',
  inputSchema: z.object({ userId: z.number() }),
  execute: async ({ userId }) => {
    const chat = await tdlib.send({ '@type': 'createPrivateChat', user_id: userId, force: false });
    await tdlib.send({ '@type': 'setChatTitle', chat_id: chat.id, title: 'notes' });
    return { id: chat.id };
  },
});

export const reactAndRename = tool({
  description: 'React to a message and rename the channel',
  inputSchema: z.object({ peer: z.string(), id: z.number(), title: z.string() }),
  execute: async ({ peer, id, title }) => {
    await gram.invoke(new Api.messages.SendReaction({ peer, msgId: id, reaction: [new Api.ReactionEmoji({ emoticon: '👍' })] }));
    await gram.invoke(new Api.channels.EditTitle({ channel: peer, title }));
    return { ok: true };
  },
});

export const deliverOnce = tool({
  description: 'Deliver a queued message; the queue entry id is the message random id',
  inputSchema: z.object({ peer: z.string(), text: z.string(), entryId: z.string() }),
  execute: async ({ peer, text, entryId }) => {
    await gram.invoke(new Api.messages.SendMessage({ peer, message: text, randomId: BigInt(entryId) as never }));
    return { ok: true };
  },
});
