// A solution-style tsconfig (files: [], references) sits nearest; the referenced tsconfig.app.json that
// includes this file supplies its `paths`, as the TypeScript language service does.
import { ai } from '@/lib/ai';

export async function POST(request: Request) {
  const { prompt } = (await request.json()) as { prompt: string };
  const message = await ai.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 800, messages: [{ role: 'user', content: prompt }] }); // expect: missing-deadline severity=warn
  return Response.json(message.content);
}
