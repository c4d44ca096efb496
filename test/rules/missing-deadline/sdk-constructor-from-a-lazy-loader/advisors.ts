// Clients made from the lazily loaded constructors: with no timeout the SDK's 10-minute default applies (lower
// severity); the same constructor given a `timeout` makes a client with a deadline — clean.
import { loadAnthropic, loadOpenAI } from './sdk-loader';

export async function consultClaude(question: string) {
  const Anthropic = await loadAnthropic();
  const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
  const answer = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: question }] }); // expect: missing-deadline severity=warn
  return answer.content;
}

export async function consultClaudeBriefly(question: string) {
  const Anthropic = await loadAnthropic();
  const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY, timeout: 20_000 });
  const answer = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: question }] });
  return answer.content;
}

export async function reviewWithOpenAI(diff: string, baseURL?: string) {
  const OpenAI = await loadOpenAI();
  const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, ...(baseURL ? { baseURL } : {}) });
  const review = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: `Review:\n${diff}` }] }); // expect: missing-deadline severity=warn
  return review.choices[0]?.message.content;
}

export async function reviewWithOpenAIBounded(diff: string) {
  const OpenAI = await loadOpenAI();
  const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, timeout: 60_000, maxRetries: 1 });
  const review = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: `Review:\n${diff}` }] });
  return review.choices[0]?.message.content;
}
