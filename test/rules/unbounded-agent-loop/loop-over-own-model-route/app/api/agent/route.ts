// The app's own model route: one agent step per request.
import { openai } from '@ai-sdk/openai';
import { generateText } from 'ai';

export async function POST(request: Request) {
  const { messages } = await request.json();
  const result = await generateText({ model: openai('gpt-5-mini'), messages, timeout: 60_000 });
  return Response.json({ text: result.text, done: result.finishReason === 'stop' });
}
