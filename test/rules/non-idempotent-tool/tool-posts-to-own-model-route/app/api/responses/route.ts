// The app's own model proxy: it runs a completion and stores nothing.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });

export async function POST(request: Request) {
  const body = await request.json();
  const response = await openai.responses.create({ ...body, stream: false });
  return Response.json(response);
}
