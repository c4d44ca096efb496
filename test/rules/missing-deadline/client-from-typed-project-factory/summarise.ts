// `llm` is the OpenAI client openaiClient() returns: its call has no explicit deadline (lower severity).
import { openaiClient } from './clients.js';

export async function summarise(text: string): Promise<string> {
  const llm = openaiClient();
  const completion = await llm.chat.completions.create({ // expect: missing-deadline severity=warn
    model: 'gpt-5-mini',
    messages: [{ role: 'user', content: `Summarise:\n${text}` }],
  });
  return completion.choices[0]?.message.content ?? '';
}
