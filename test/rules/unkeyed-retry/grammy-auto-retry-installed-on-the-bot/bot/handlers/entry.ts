// A handler in another file: its sends go through the bot's API, so the transformer retries them with no key — a lost
// response after Telegram delivered the message sends it twice. A chat action only shows a status: not a write.
import type { Context } from 'grammy';

export async function onEntry(ctx: Context): Promise<void> {
  if (!ctx.chat || !ctx.message?.text) return;
  await ctx.api.sendChatAction(ctx.chat.id, 'typing');
  try {
    const saved = await saveEntry(ctx.message.text);
    await ctx.reply(`Saved as #${saved}`); // expect: unkeyed-retry
  } catch {
    await ctx.api.sendMessage(ctx.chat.id, 'Could not save that entry.'); // expect: unkeyed-retry
  }
}

async function saveEntry(text: string): Promise<number> {
  return text.length;
}
