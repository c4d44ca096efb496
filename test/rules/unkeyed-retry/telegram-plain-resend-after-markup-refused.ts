// A bot that sends its answer as HTML and, when that fails, sends it again as plain text. Telegram answers markup it
// cannot parse with a 400 ("Bad Request: can't parse entities: …") and sends nothing, so a plain re-send made only on
// that answer is the first send, not a second one (test/corpus/README.md question 13): clean. The twin whose catch
// re-sends after any failure — a timeout after Telegram delivered the HTML message included — sends it twice.
declare function toHtml(markdown: string): string;
declare function stripMarkup(markdown: string): string;

async function sendMessage(chatId: number, text: string, parseMode?: 'HTML'): Promise<void> {
  const res = await fetch('https://api.telegram.org/bot123:abc/sendMessage', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ chat_id: chatId, text, parse_mode: parseMode }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`Telegram ${res.status}: ${await res.text()}`);
}

export async function replyFormatted(chatId: number, answer: string): Promise<void> {
  try {
    await sendMessage(chatId, toHtml(answer), 'HTML');
  } catch (err) {
    const reason = err instanceof Error ? err.message : '';
    if (reason.includes("can't parse entities")) {
      await sendMessage(chatId, stripMarkup(answer));
    } else {
      throw err;
    }
  }
}

export async function replyFormattedAnyway(chatId: number, answer: string): Promise<void> {
  try {
    await sendMessage(chatId, toHtml(answer), 'HTML');
  } catch {
    await sendMessage(chatId, stripMarkup(answer)); // expect: unkeyed-retry
  }
}
