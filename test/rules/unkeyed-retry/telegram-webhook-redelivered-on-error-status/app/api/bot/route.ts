// A Next.js route Telegram delivers updates to (it checks the secret-token header setWebhook configured). Telegram
// sends an update again when its webhook call is answered with a status other than 2xx (Bot API, setWebhook; corpus
// README question 93): this route answers 500 when anything fails, after it may already have sent, and never looks at
// the update's id — each send is made again on the redelivery.
import { answerFromNotes, sendText } from '../../../telegram-api.js';

export async function POST(request: Request): Promise<Response> {
  if (request.headers.get('X-Telegram-Bot-Api-Secret-Token') !== process.env.WEBHOOK_SECRET) {
    return new Response('forbidden', { status: 403 });
  }
  const update = await request.json();
  try {
    await sendText(update.message.chat.id, 'Looking that up…'); // expect: unkeyed-retry
    const answer = await answerFromNotes(update.message.text);
    await sendText(update.message.chat.id, answer); // expect: unkeyed-retry
    return Response.json({ ok: true });
  } catch (error) {
    console.error('update failed', error);
    return Response.json({ ok: false }, { status: 500 });
  }
}
