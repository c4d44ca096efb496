// A send helper whose bot parameter is documented as the package's client (`import('node-telegram-bot-api')`, the
// module whose export is the bot class), called from a flush whose own bot parameter carries no type.
import TelegramBot from 'node-telegram-bot-api';

async function withRetry(fn) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(); // expect: unkeyed-retry
    } catch (err) {
      if (attempt === 3 || !/ETIMEDOUT|ECONNRESET/.test(String(err))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

/**
 * @param {import('node-telegram-bot-api')} bot
 * @param {number} chatId
 * @param {string} text
 */
export async function sendText(bot, chatId, text) {
  return withRetry(() => bot.sendMessage(chatId, text)); // expect: unkeyed-retry
}

/** @param {number} chatId */
export async function flushPending(bot, chatId, pending) {
  for (const text of pending) await sendText(bot, chatId, text);
}

export function startBot(token) {
  const bot = new TelegramBot(token, { polling: true });
  bot.on('message', (msg) => sendText(bot, msg.chat.id, 'received'));
  return bot;
}

/** @param {import('node-telegram-bot-api')} bot */
export async function botName(bot) {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await bot.getMe()).username;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}
