// Telegram bot frameworks: the context object a listener is handed. grammY's `Bot` and Telegraf's `Telegraf` extend their
// `Composer`, whose registration methods take middleware `(ctx: C, next) => …` — `ctx` is the framework's `Context` (or
// the project's subtype of it, `new Bot<MyContext>(token)`), whose `reply*` methods send with the bot's API. A listener
// written with no type for `ctx` still gets it: TypeScript infers it from the registration, and so does the engine.
import type { ListenerContract } from './slack-bolt.js';

export const telegramListenerContracts: ListenerContract[] = [
  {
    registeredOn: { module: ['grammy'], export: ['Bot', 'Composer'], instance: true },
    registrations: ['use', 'on', 'hears', 'command', 'reaction', 'chatType', 'callbackQuery', 'gameQuery', 'inlineQuery', 'chosenInlineResult',
      'preCheckoutQuery', 'shippingQuery', 'filter', 'drop'],
    args: {},
    self: { module: 'grammy', exportName: 'Context' },
    checkedAgainst: 'grammY (grammyjs/grammY src/composer.ts: MiddlewareFn<C> = (ctx: C, next) => …; Composer#use/on/hears/command/reaction/chatType/callbackQuery/gameQuery/inlineQuery/chosenInlineResult/preCheckoutQuery/shippingQuery/filter/drop; src/bot.ts: Bot extends Composer)',
  },
  {
    registeredOn: { module: ['telegraf'], export: ['Telegraf', 'Composer'], instance: true },
    registrations: ['use', 'on', 'hears', 'command', 'action', 'start', 'help', 'settings', 'inlineQuery', 'gameQuery', 'filter', 'drop'],
    args: {},
    self: { module: 'telegraf', exportName: 'Context' },
    checkedAgainst: 'telegraf@4 (src/telegraf.ts: class Telegraf<C extends Context = Context> extends Composer<C>; src/composer.ts: Middleware<C> = (ctx: C, next) => …)',
  },
];
