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

/**
 * Telegram's webhook delivery (test/corpus/README.md question 93): an update whose webhook call is answered with a
 * status other than 2xx is sent again, so a route handler that answers an error status after it wrote re-does its
 * writes on the redelivery — unless it drops an update whose `update_id` it has seen. The handler is known by what it
 * reads: the secret-token header Telegram sets (`setWebhook`'s `secret_token`), or the update's message fields.
 */
export const telegramWebhookDelivery = {
  secretTokenHeader: 'x-telegram-bot-api-secret-token',
  /** The update's own id, the one a receiver dedupes on. */
  updateIdField: 'update_id',
  /** A read of the update's message (`update.message.chat.id`, `body.message.text`, `callback_query`). */
  updateRead: /\.(?:message|edited_message|channel_post)\??\.(?:chat|text|photo|from|caption|voice|document)\b|\bcallback_query\b/,
  checkedAgainst: 'Telegram Bot API docs, setWebhook (core.telegram.org/bots/api#setwebhook, Bot API 9): "In case of an unsuccessful request (a request with response HTTP status code different from 2XY), we will repeat the request and give up after a reasonable amount of attempts"; secret_token is sent in the header "X-Telegram-Bot-Api-Secret-Token"',
};

/**
 * Telegram client APIs whose call names the method in the request it is handed, not in the method called: gramJS
 * `client.invoke(new Api.messages.SendMessage({ … }))`, TDLib's JSON interface `client.send({ '@type': 'sendMessage', … })`
 * (tdweb, td_json_client, a host's `tdlib.send`), tdl `client.invoke({ _: 'sendMessage', … })` and mtcute
 * `client.call({ _: 'messages.sendMessage', … })`. A request whose name sends, forwards or makes a new object
 * (`SendMedia`, `ForwardMessages`, `CreateChannel`, `createNewSupergroupChat`) is a write; a read (`GetHistory`,
 * `getChat`) or a setting (`EditTitle`, `setChatTitle`) is none.
 */
export const telegramApiRequests = {
  /** The methods a request is handed to. */
  methods: ['invoke', 'send', 'call'],
  /** gramJS's request classes: `Api.<namespace>.<Request>`, exported by `telegram` (and `telegram/tl`). */
  requestClasses: { module: ['telegram', 'telegram/tl'], export: ['Api'] },
  /**
   * A request object (`{ '@type': … }`, `{ _: … }`) counts only when handed to a Telegram client — a generic RPC or
   * message bus sends `{ _: 'createOrder' }` too: a receiver from one of these packages (gramJS `telegram`, tdl and its
   * addons, tdweb, mtcute), or in a file importing one, or a receiver whose declared type (or `this` class) is named for
   * TDLib or Telegram — a project wrapper over a host's TDLib (`client: TdLibClient`, whose send hands the request to
   * a host global `tdlib.send`), or that host global `tdlib` itself (a value named `tdlib` is a TDLib handle).
   */
  clientModules: ['telegram', 'telegram/*', 'tdl', 'tdl-tdlib-addon', 'tdl-tdlib-wasm', 'prebuilt-tdlib', 'tdweb', '@mtcute/*', '@gramjs/*'],
  clientTypeNames: /^(?:Td(?:[A-Z]|lib|Lib)\w*|TDLib\w*|Tdl\w*|Telegram\w*|Mtcute\w*|MTProto\w*|TelegramClient)$/,
  hostGlobals: ['tdlib'],
  /** The properties a TDLib (`@type`) or tdl/mtcute (`_`) request names its method under. */
  nameProperties: ['@type', '_'],
  /** The verbs of a request name that write: a message sent or forwarded, a new chat, channel, folder, story or link. */
  verbs: /^(?:send|forward|create)(?=[A-Z])/,
  /**
   * Request names with such a verb that make nothing new: TDLib's `createPrivateChat`, `createBasicGroupChat`,
   * `createSupergroupChat` and `createSecretChat` return the existing chat ("Returns an existing chat corresponding to
   * a known …"); a reaction or a poll vote sets the sender's own choice; a chat action is a typing status; a login,
   * phone or e-mail code is a credential (README question 6).
   */
  notWrites: /^(?:create(?:Private|BasicGroup|Supergroup|Secret)Chat|send(?:Reaction|Vote|ChatAction|Typing)|send\w*Code|send(?:Authentication|Passport)\w*)$/,
  /** The request's own id Telegram drops a resend of (`random_id`), unless it is made fresh on each call. */
  keyProperties: ['randomId', 'random_id'],
  checkedAgainst: 'gramJS (gram-js/gramjs gramjs/client/users.ts: invoke(request) sends an MTProtoRequest, retrying on server errors and flood waits; gramjs/tl/api.js: a request constructed without randomId gets generateRandomBigInt()); TDLib td_api.tl (createPrivateChat/createBasicGroupChat/createSupergroupChat/createSecretChat: "Returns an existing chat corresponding to a known …"; createNewBasicGroupChat/createNewSupergroupChat: "Creates a new …"; sendMessage, forwardMessages, createChatFolder)',
};
