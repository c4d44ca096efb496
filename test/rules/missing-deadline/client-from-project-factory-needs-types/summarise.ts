// With types, `llm` is an OpenAI client and its call has no explicit deadline (lower severity);
// without node_modules the callee is unknown, and an unknown callee is never a finding.
import { openaiClient } from './clients.js';

export async function summarise(text: string): Promise<string> {
  const llm = openaiClient();
  const completion = await llm.chat.completions.create({ // expect: missing-deadline severity=warn mode=types
    model: 'gpt-5-mini',
    messages: [{ role: 'user', content: `Summarise:\n${text}` }],
  });
  return completion.choices[0]?.message.content ?? '';
}
