// Second set (not tuned on). A countdown recursion, a `.catch` that waits a constant, a helper that
// computes a jittered backoff, and loops that are not retries.
import OpenAI from 'openai';

const client = new OpenAI({ timeout: 20_000, maxRetries: 0 });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function callModel(prompt: string, retries = 3): Promise<string> {
  try {
    const res = await client.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: prompt }] });
    return res.choices[0]?.message.content ?? '';
  } catch (error) {
    if (retries <= 0) throw error;
    await new Promise((r) => setTimeout(r, 1_000 * (4 - retries)));
    return callModel(prompt, retries - 1); // expect: retry-without-backoff
  }
}

export function notify(url: string, payload: unknown) {
  const send = () => fetch(url, { method: 'POST', body: JSON.stringify(payload), signal: AbortSignal.timeout(5_000) });
  return send().catch(async () => { // expect: retry-without-backoff
    await wait(500);
    return send();
  });
}

function backoffWithJitter(attempt: number) {
  const ceiling = Math.min(20_000, 200 * 2 ** attempt);
  return Math.floor(Math.random() * ceiling);
}

export async function robustFetch(url: string) {
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(8_000) });
      if (res.ok) return res;
    } catch {
      // below
    }
    await wait(backoffWithJitter(attempt));
  }
  throw new Error(`failed: ${url}`);
}

export async function postEach(url: string, items: unknown[]) {
  for (const item of items) {
    try {
      await fetch(url, { method: 'POST', body: JSON.stringify(item), signal: AbortSignal.timeout(5_000) });
    } catch (error) {
      console.error('skipping item', error);
    }
  }
}

export async function paginate(url: string, pages: number) {
  const results: unknown[] = [];
  for (let page = 0; page < pages; page++) {
    try {
      const res = await fetch(`${url}?page=${page}`, { signal: AbortSignal.timeout(5_000) });
      results.push(await res.json());
    } catch {
      break;
    }
  }
  return results;
}
