// The bot installs grammY's auto-retry transformer on its API: every Bot API call it makes is sent again after a network
// error or a 5xx (@grammyjs/auto-retry 2.0.2: without limit by default).
import { Bot } from 'grammy';
import { autoRetry } from '@grammyjs/auto-retry';
import { onEntry } from './handlers/entry.js';

export function makeBot(token: string): Bot {
  const bot = new Bot(token);
  bot.api.config.use(autoRetry({ maxDelaySeconds: 30 }));
  bot.on('message:text', onEntry);
  return bot;
}
