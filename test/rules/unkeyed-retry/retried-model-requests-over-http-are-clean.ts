// Retried model requests made over plain HTTP are completions, not writes: a POST to `/chat/completions`, and a
// helper handed a `{ messages, temperature }` body. The same retry around a POST that places an order is a finding.
const OPENAI_URL = 'https://api.openai.com/v1/chat/completions';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchWithTimeout(url: string, init: RequestInit, ms: number) {
  init.signal = AbortSignal.timeout(ms);
  return fetch(url, init);
}

export async function completeWithRetries(prompt: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const res = await fetch(OPENAI_URL, { method: 'POST', body: JSON.stringify({ model: 'gpt-5-mini', messages: [{ role: 'user', content: prompt }] }), signal: AbortSignal.timeout(30_000) });
      return await res.json();
    } catch {
      await sleep(1000 * 2 ** attempt);
    }
  }
  throw new Error('model unavailable');
}

export function makeModel(endpoint: string) {
  return async function complete(input: string) {
    let retries = 0;
    while (true) {
      const options: RequestInit = { method: 'POST', body: JSON.stringify({ input, temperature: 0 }) };
      try {
        return await fetchWithTimeout(endpoint, options, 30_000);
      } catch (error) {
        if (retries++ >= 3) throw error;
      }
    }
  };
}

export async function placeOrderWithRetries(sku: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await fetchWithTimeout('https://shop.example.com/v1/orders', { method: 'POST', body: JSON.stringify({ sku, quantity: 1 }) }, 10_000); // expect: unkeyed-retry
    } catch {
      await sleep(500);
    }
  }
  throw new Error('order failed');
}
