// The app's own route that asks a model for a summary and then files a ticket: a write behind the model call.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });

export async function POST(request: Request) {
  const { text } = await request.json();
  const summary = await openai.responses.create({ model: 'gpt-5-mini', input: `Summarise: ${text}` });
  await fetch('https://tickets.example.com/api/tickets', {
    method: 'POST',
    body: JSON.stringify({ title: summary.output_text }),
    signal: AbortSignal.timeout(10_000),
  });
  return Response.json({ ok: true });
}
