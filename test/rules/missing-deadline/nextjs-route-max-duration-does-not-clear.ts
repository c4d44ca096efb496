// A Next.js route handler with `export const maxDuration`: the platform kills the whole function
// at the limit, but the model call is never cancelled or cleaned up, so it is still reported.
import { streamText, convertToModelMessages, type UIMessage } from 'ai';
import { openai } from '@ai-sdk/openai';

export const maxDuration = 30;

export async function POST(req: Request) {
  const { messages }: { messages: UIMessage[] } = await req.json();

  const result = streamText({ // expect: missing-deadline
    model: openai('gpt-5-mini'),
    system: 'You are the storefront assistant. Keep answers short.',
    messages: await convertToModelMessages(messages),
  });

  return result.toUIMessageStreamResponse();
}
