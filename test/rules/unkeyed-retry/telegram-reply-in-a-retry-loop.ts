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
