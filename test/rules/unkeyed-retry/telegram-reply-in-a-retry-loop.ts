// A hand-written retry loop around a Telegraf reply: a reply whose first attempt reached Telegram (the
// response was lost to a timeout) is sent again — Telegram's sendMessage takes no key. The context is the
// project's interface extending Telegraf's Context.
import type { Context } from 'telegraf';

export interface MyContext extends Context {
  botUsername?: string;
  session?: { messageCount: number };
}

const MAX_RETRIES = 3;

export async function reply(ctx: MyContext, message: string): Promise<void> {
  for (let attempt = 1; attempt <= MAX_RETRIES; attempt++) {
    try {
      if (attempt === 1) await ctx.reply(message, { parse_mode: 'Markdown' }); // expect: unkeyed-retry
      else await ctx.reply(message); // expect: unkeyed-retry
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

export async function typing(ctx: MyContext): Promise<void> {
  // Near-miss: a chat action only shows a status; repeating it posts nothing.
  for (let attempt = 1; attempt <= MAX_RETRIES; attempt++) {
    try {
      await ctx.sendChatAction('typing');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

export async function sendSplitMessage(ctx: MyContext, message: string): Promise<void> {
  for (let i = 0; i < message.length; i += 4096) await reply(ctx, message.slice(i, i + 4096));
}

export async function sendResponse(ctx: MyContext, answer: string): Promise<void> {
  try {
    await sendSplitMessage(ctx, answer);
  } catch {
    // Near-miss: fixed text where the try sent the answer is a notice of the failure, not a second attempt.
    await sendSplitMessage(ctx, 'An error occurred while processing your request.');
  }
}

declare function fetchCompletion(messages: string[]): Promise<{ text: string; toolCalls?: string[] }>;

export async function complete(ctx: MyContext, messages: string[], retries = 3): Promise<string | undefined> {
  for (let attempt = 0; attempt < retries; attempt++) {
    try {
      const res = await fetchCompletion(messages);
      if (res.toolCalls?.length) {
        await ctx.reply('Searching… one moment please.'); // expect: unkeyed-retry
        // Near-miss: the next round of the conversation reaches the same notice, already reported above.
        return await complete(ctx, [...messages, res.text], retries - 1);
      }
      return res.text;
    } catch {
      continue;
    }
  }
  return undefined;
}
