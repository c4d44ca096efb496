// Same alias as the support package, resolved with this package's own tsconfig: the timed client.
import { llm } from '@llm/client';

export async function invoiceSummary(lines: string[]) {
  const completion = await llm.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: lines.join('\n') }] });
  return completion.choices[0]?.message.content ?? '';
}
