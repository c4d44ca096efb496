// A Telegram bot's own Bot API helpers, each wrapped in a retry helper that runs the request again after any failure.
// `sendChatAction` shows "typing…" for a few seconds and stores nothing (Telegram Bot API reference, sendChatAction;
// test/corpus/README.md question 81): a repeat duplicates nothing, clean. `sendMessage` re-sent after a timeout that
// came after Telegram delivered the message sends it twice.
import axios from 'axios';

const API_URL = `https://api.telegram.org/bot${process.env.TELEGRAM_TOKEN}`;

async function withRetries<T>(operation: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }
}

export async function showTyping(chatId: string): Promise<void> {
  await withRetries(() => axios.post(`${API_URL}/sendChatAction`, { chat_id: chatId, action: 'typing' }, { timeout: 5_000 }));
}

export async function reply(chatId: string, text: string): Promise<void> {
  await withRetries(() => axios.post(`${API_URL}/sendMessage`, { chat_id: chatId, text }, { timeout: 10_000 })); // expect: unkeyed-retry
}
