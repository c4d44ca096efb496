// The CommonJS/ESM interop idiom on a dynamic import: `mod.default || mod.OpenAI || mod` names the OpenAI class (the
// namespace itself, the last fallback, names no export). The client has no timeout (lower severity); the one made
// with `timeout` the same way is clean.
export async function planner(prompt: string) {
  const mod = await import('openai');
  const OpenAI = (mod as any).default || (mod as any).OpenAI || (mod as any);
  const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
  const timed = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, timeout: 30_000 });
  const draft = await client.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: prompt }] }); // expect: missing-deadline severity=warn
  const checked = await timed.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: `Check: ${draft.choices[0]?.message.content}` }] });
  return checked.choices[0]?.message.content;
}
