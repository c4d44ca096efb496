// README questions 63 and 87: a send that reports failure as a value — `{ success: false }` from a helper that swallows
// its errors, a response that is not `ok`, a `sent` boolean — followed by another send of the same content by another
// route. A timeout or a 5xx says nothing of whether the first send landed, so the fallback may post it twice.
// Clean: a notice made from the failed result, a fixed apology, the content handed to another target (a moderation
// chat), a re-send only after the API refused the markup it could not parse (question 13), and a fallback after a lookup
// that wrote nothing.
const BOT = 'https://chat.example.com/bot';

interface SendResult { success: boolean; error?: string }

async function uploadPicture(chatId: string, bytes: Uint8Array, caption: string): Promise<SendResult> {
  try {
    const form = new FormData();
    form.append('chat_id', chatId);
    form.append('photo', new Blob([bytes]));
    form.append('caption', caption);
    const response = await fetch(`${BOT}/sendPhoto`, { method: 'POST', body: form, signal: AbortSignal.timeout(15_000) });
    return { success: response.ok };
  } catch (error) {
    return { success: false, error: String(error) };
  }
}

async function sendText(chatId: string, text: string): Promise<boolean> {
  try {
    const response = await fetch(`${BOT}/sendMessage`, { method: 'POST', body: JSON.stringify({ chat_id: chatId, text }), signal: AbortSignal.timeout(10_000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function sendTextThroughRelay(chatId: string, text: string): Promise<boolean> {
  const response = await fetch('https://relay.example.com/messages', { method: 'POST', body: JSON.stringify({ to: chatId, text }), signal: AbortSignal.timeout(10_000) });
  return response.ok;
}

async function findCachedPicture(chatId: string, caption: string): Promise<{ ok: boolean; id?: string }> {
  const response = await fetch(`${BOT}/cache?chat=${chatId}&caption=${encodeURIComponent(caption)}`, { signal: AbortSignal.timeout(5_000) });
  return { ok: response.ok };
}

export async function sendPicture(chatId: string, bytes: Uint8Array | null, caption: string): Promise<void> {
  if (bytes) {
    const result = await uploadPicture(chatId, bytes, caption);
    if (result.success) return;
  }
  await sendText(chatId, caption); // expect: unkeyed-retry
}

export async function sendPictureByAddress(chatId: string, url: string, caption: string): Promise<void> {
  const response = await fetch(`${BOT}/sendPhoto`, {
    method: 'POST',
    body: JSON.stringify({ chat_id: chatId, photo: url, caption }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) {
    await fetch(`${BOT}/sendMessage`, { // expect: unkeyed-retry
      method: 'POST',
      body: JSON.stringify({ chat_id: chatId, text: `${caption}\n\n${url}` }),
      signal: AbortSignal.timeout(10_000),
    });
  }
}

export async function announce(chatId: string, text: string): Promise<boolean> {
  let sent = await sendText(chatId, text);
  if (!sent) sent = await sendTextThroughRelay(chatId, text); // expect: unkeyed-retry
  return sent;
}

export async function sendPictureOrReport(chatId: string, bytes: Uint8Array, caption: string, adminChat: string): Promise<void> {
  const result = await uploadPicture(chatId, bytes, caption);
  if (!result.success) await sendText(adminChat, `${result.error}`);
}

export async function sendPictureOrForwardForReview(chatId: string, bytes: Uint8Array, caption: string, reviewChat: string): Promise<void> {
  const result = await uploadPicture(chatId, bytes, caption);
  if (!result.success) await sendText(reviewChat, caption);
}

export async function sendPictureOrApologise(chatId: string, bytes: Uint8Array, caption: string): Promise<void> {
  const result = await uploadPicture(chatId, bytes, caption);
  if (result.success) return;
  await sendText(chatId, 'Sorry, the picture could not be sent.');
}

export async function sendMarkup(chatId: string, text: string): Promise<void> {
  const response = await fetch(`${BOT}/sendMessage`, {
    method: 'POST',
    body: JSON.stringify({ chat_id: chatId, text, parse_mode: 'HTML' }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) {
    const answer = (await response.json()) as { description?: string };
    if (/can't parse entities/i.test(answer.description ?? '')) {
      await fetch(`${BOT}/sendMessage`, { method: 'POST', body: JSON.stringify({ chat_id: chatId, text }), signal: AbortSignal.timeout(10_000) });
    }
  }
}

export async function sendFromCacheOrText(chatId: string, caption: string): Promise<void> {
  const cached = await findCachedPicture(chatId, caption);
  if (cached.ok) return;
  await sendText(chatId, caption);
}
