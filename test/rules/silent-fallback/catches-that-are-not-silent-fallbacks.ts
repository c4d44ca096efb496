// Near-misses: catches around work that is not a model or tool call, a catch that uses its error, a
// retry loop that swallows and tries again, a catch that skips an item, a local lookalike.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });

export function parseConfig(text: string) {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function fetchProfile(id: string) {
  try {
    const res = await fetch(`https://profiles.example.com/${id}`, { signal: AbortSignal.timeout(5_000) });
    return await res.json();
  } catch {
    return null;
  }
}

export async function answer(question: string) {
  try {
    const r = await openai.responses.create({ model: 'gpt-5-mini', input: question });
    return r.output_text;
  } catch (error) {
    return `I could not answer (${(error as Error).message}).`;
  }
}

export async function answerWithRetries(question: string) {
  let text: string | undefined;
  for (let attempt = 0; attempt < 3 && text === undefined; attempt++) {
    try {
      text = (await openai.responses.create({ model: 'gpt-5-mini', input: question })).output_text;
    } catch {}
  }
  if (text === undefined) throw new Error('model unavailable');
  return text;
}

export async function summariseAll(docs: string[]) {
  const out: string[] = [];
  for (const doc of docs) {
    try {
      out.push((await openai.responses.create({ model: 'gpt-5-mini', input: doc })).output_text);
    } catch {
      continue;
    }
  }
  return out;
}

const fakeModel = { generate: async (_: string) => 'ok' };
export async function local(prompt: string) {
  try {
    return await fakeModel.generate(prompt);
  } catch {
    return '';
  }
}
