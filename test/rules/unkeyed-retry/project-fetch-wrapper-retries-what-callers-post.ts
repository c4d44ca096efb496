// A project fetch wrapper that retries: `fetchWithRetry(url, init)` re-sends whatever its caller asks for. A caller
// that POSTs an order through it with no key makes the re-send a finding, reported once at the wrapper's fetch (corpus
// README question 50); a GET, a POST keyed by the caller (the key made before the call stays the same across the
// wrapper's attempts) and a PUT to an id are clean.
import { randomUUID } from 'node:crypto';

export async function fetchWithRetry(url: string, init: RequestInit = {}, attempts = 3): Promise<Response> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) }); // expect: unkeyed-retry
      if (res.status < 500) return res;
      lastError = new Error(`HTTP ${res.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 250 + Math.random() * 100));
  }
  throw lastError;
}

export async function placeOrder(sku: string) {
  const res = await fetchWithRetry('https://shop.example.com/api/orders', { method: 'POST', body: JSON.stringify({ sku }) });
  return res.json();
}

export async function placeOrderOnce(sku: string) {
  const key = randomUUID();
  const res = await fetchWithRetry('https://shop.example.com/api/orders', { method: 'POST', headers: { 'Idempotency-Key': key }, body: JSON.stringify({ sku }) });
  return res.json();
}

export async function listOrders() {
  return (await fetchWithRetry('https://shop.example.com/api/orders')).json();
}

export async function renameOrder(id: string, name: string) {
  return fetchWithRetry(`https://shop.example.com/api/orders/${id}`, { method: 'PUT', body: JSON.stringify({ name }) });
}
