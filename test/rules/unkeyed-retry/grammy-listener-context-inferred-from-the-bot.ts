// grammY hands every listener registered on a `Bot` its context (`bot.command(…, async (ctx) => …)`): `ctx` carries no
// written type — TypeScript infers it from the registration — and is still grammY's Context, whose `reply` sends a Telegram
// message with no key. A catch sending the same text again without Markdown after any failure of the first reply (also a
// network error after the message landed) sends it twice. Clean: a catch replying with a fixed notice, and a listener on
// an object that is not a grammY bot.
import { Bot, type Context } from 'grammy';

interface SessionFlavor {
  lastMenu?: string;
}
type BotContext = Context & SessionFlavor;

const bot = new Bot<BotContext>(process.env.BOT_TOKEN ?? '');

const MENU = '*Menu*\n- /price\n- /news';

bot.command('menu', async (ctx) => {
  try {
    await ctx.reply(MENU, { parse_mode: 'Markdown' });
  } catch {
    await ctx.reply(MENU); // expect: unkeyed-retry
  }
});

bot.command('help', async (ctx) => {
  try {
    await ctx.reply(MENU, { parse_mode: 'Markdown' });
  } catch (error) {
    console.error(error);
    await ctx.reply('Sorry, something went wrong.');
  }
});

const events = {
  command(name: string, listener: (ctx: { reply(text: string, options?: object): Promise<void> }) => Promise<void>) {
    console.log(`registered ${name}`, listener.length);
  },
};

events.command('menu', async (ctx) => {
  try {
    await ctx.reply(MENU, { parse_mode: 'Markdown' });
  } catch {
    await ctx.reply(MENU);
  }
});

void bot.start();
