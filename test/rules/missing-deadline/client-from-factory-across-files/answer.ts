// Each client comes from a factory in clients.ts. The OpenAI and LangChain calls carry no explicit
// deadline (lower severity: their SDK's 10-minute default applies); the Anthropic client was made with
// a timeout, so its calls are clean, whichever way the factory is reached.
import { getOpenAI, llmClients, loadChatModel, makeAnthropic } from './clients.js';

export async function answer(question: string) {
  const client = getOpenAI();
  const completion = await client.chat.completions.create({ // expect: missing-deadline severity=warn
    model: 'gpt-5-mini',
    messages: [{ role: 'user', content: question }],
  });
  return completion.choices[0]?.message.content ?? '';
}

export async function rephrase(question: string) {
  const model = await loadChatModel('gpt-5-mini');
  const reply = await model.invoke(`Rephrase: ${question}`); // expect: missing-deadline severity=warn
  return reply.content;
}

export async function review(draft: string) {
  const anthropic = await makeAnthropic();
  const message = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 400, messages: [{ role: 'user', content: draft }] });
  const { openai, anthropic: again } = llmClients();
  const second = await again.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 400, messages: [{ role: 'user', content: draft }] });
  const third = await openai.responses.create({ model: 'gpt-5-mini', input: draft }); // expect: missing-deadline severity=warn
  return [message.content, second.content, third.output_text];
}
