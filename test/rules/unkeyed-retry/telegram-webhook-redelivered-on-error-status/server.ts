// Router-registered Telegram webhooks (`router.post(path, handler)`, as Hono and Express write them). The one answering
// 500 on failure re-sends its messages when Telegram delivers the update again (question 93). Its near-misses stay
// clean: one answers 200 even when handling failed (Telegram keeps no failed delivery to repeat), one drops an update
// whose `update_id` it has already handled, and a 500 answered by a route that is not Telegram's is no redelivery.
import { answerFromNotes, sendText } from './telegram-api.js';

interface RouteContext {
  req: { json(): Promise<any> };
  json(body: unknown, status?: number): Response;
}
declare const router: { post(path: string, handler: (c: RouteContext) => Promise<Response>): void };
declare const handledUpdates: { has(id: number): Promise<boolean>; add(id: number): Promise<void> };

router.post('/telegram/webhook', async (c) => {
  const update = await c.req.json();
  try {
    const answer = await answerFromNotes(update.message.text);
    await sendText(update.message.chat.id, answer); // expect: unkeyed-retry
    return c.json({ ok: true });
  } catch {
    return c.json({ ok: false }, 500);
  }
});

router.post('/telegram/acknowledged', async (c) => {
  const update = await c.req.json();
  try {
    await sendText(update.message.chat.id, await answerFromNotes(update.message.text));
  } catch (error) {
    console.error('update failed', error);
  }
  return c.json({ ok: true });
});

router.post('/telegram/deduped', async (c) => {
  const update = await c.req.json();
  if (await handledUpdates.has(update.update_id)) return c.json({ ok: true });
  try {
    await sendText(update.message.chat.id, await answerFromNotes(update.message.text));
    await handledUpdates.add(update.update_id);
    return c.json({ ok: true });
  } catch {
    return c.json({ ok: false }, 500);
  }
});

router.post('/notify', async (c) => {
  const { chatId, text } = await c.req.json();
  try {
    await sendText(chatId, text);
    return c.json({ ok: true });
  } catch {
    return c.json({ ok: false }, 500);
  }
});
