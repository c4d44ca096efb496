// The runner a factory made retries every send it runs (through a local wrapper that logs failures): a message, a
// photo or a sticker that reached Telegram before the connection reset is sent again, with no key — one finding per
// send, at the send inside the retried closure. Clean: a read through the same runner, and a send through a runner
// whose factory only times what it runs.
import { Bot } from 'grammy';
import { createTelegramRetryRunner, createTimingRunner } from './retry-policy.js';

const bot = new Bot(process.env.TELEGRAM_TOKEN!);

async function withErrorLogging<T>(params: { operation: string; fn: () => Promise<T> }): Promise<T> {
  try {
    return await params.fn();
  } catch (err) {
    console.error(`telegram ${params.operation} failed`, err);
    throw err;
  }
}

export async function sendMedia(chatId: number, text: string, photo: string) {
  const api = bot.api;
  const request = createTelegramRetryRunner({ attempts: 3 });
  const timed = createTimingRunner();
  const requestWithDiag = <T>(fn: () => Promise<T>, label?: string) => withErrorLogging({ operation: label ?? 'request', fn: () => request(fn, label) });
  await requestWithDiag(() => api.sendMessage(chatId, text), 'message'); // expect: unkeyed-retry
  await requestWithDiag(() => api.sendPhoto(chatId, photo), 'photo'); // expect: unkeyed-retry
  await request(() => api.sendSticker(chatId, 'CAACAgIAAxkBAAE'), 'sticker'); // expect: unkeyed-retry
  await requestWithDiag(() => api.getChat(chatId), 'chat');
  await timed(() => api.sendMessage(chatId, `${text} (timed)`), 'timed');
}
