// Request helpers that send again by calling themselves outside any catch (corpus README questions 46, 50 and 87): one
// after a response whose status says the attempt failed (`!response.ok` and a 5xx in the retryable set), one from the
// error and timeout listeners of a `node:https` request inside a Promise executor. Each re-sends a POST that creates
// an order with no key: findings. Near-misses: the same status-gated self-call for a GET, one taken only on 429 (the
// server refused, nothing was done), a pager that calls itself for the next page after a good response, and a POST
// helper whose only caller hands it a model request (below).
import https from 'node:https';

const RETRYABLE = new Set([500, 502, 503, 504]);
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function createOrder(item: string, attempt = 0): Promise<unknown> {
  const response = await fetch('https://shop.example.com/api/orders', { // expect: unkeyed-retry
    method: 'POST',
    body: JSON.stringify({ item }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) {
    if (RETRYABLE.has(response.status) && attempt < 3) {
      await delay(2 ** attempt * 250);
      return createOrder(item, attempt + 1);
    }
    throw new Error(`order failed: ${response.status}`);
  }
  return response.json();
}

export async function readOrder(id: string, attempt = 0): Promise<unknown> {
  const response = await fetch(`https://shop.example.com/api/orders/${id}`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok && RETRYABLE.has(response.status) && attempt < 3) {
    await delay(2 ** attempt * 250);
    return readOrder(id, attempt + 1);
  }
  return response.json();
}

export async function createRefund(order: string, attempt = 0): Promise<unknown> {
  const response = await fetch('https://shop.example.com/api/refunds', {
    method: 'POST',
    body: JSON.stringify({ order }),
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status === 429 && attempt < 3) {
    await delay(2 ** attempt * 1_000);
    return createRefund(order, attempt + 1);
  }
  return response.json();
}

export async function listOrders(cursor?: string): Promise<unknown[]> {
  const response = await fetch(`https://shop.example.com/api/orders?cursor=${cursor ?? ''}`, { signal: AbortSignal.timeout(10_000) });
  const page = (await response.json()) as { items: unknown[]; next?: string };
  if (response.ok && page.next) return [...page.items, ...(await listOrders(page.next))];
  return page.items;
}

export function postShipment(payload: string, retries = 3): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = https.request({ hostname: 'ship.example.com', path: '/api/shipments', method: 'POST' }, (res) => { // expect: unkeyed-retry
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', (err) => {
      if (retries > 0) {
        setTimeout(() => {
          postShipment(payload, retries - 1).then(resolve).catch(reject);
        }, 1_000);
      } else {
        reject(err);
      }
    });
    req.setTimeout(30_000, () => {
      req.destroy();
      if (retries > 0) postShipment(payload, retries - 1).then(resolve).catch(reject);
      else reject(new Error('timed out'));
    });
    req.write(payload);
    req.end();
  });
}

// A POST helper with the same failure listener whose one caller hands it a model request (`{ model, messages }`
// serialised): its re-send repeats a completion, nothing to duplicate — clean.
function postJson(url: string, body: string, retries = 2): Promise<string> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = https.request({ hostname: target.hostname, path: target.pathname, method: 'POST' }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve(data));
    });
    req.on('error', (err) => {
      if (retries > 0) postJson(url, body, retries - 1).then(resolve).catch(reject);
      else reject(err);
    });
    req.write(body);
    req.end();
  });
}

export async function summarise(text: string): Promise<string> {
  return postJson('https://api.anthropic.com/v1/messages', JSON.stringify({
    model: 'claude-sonnet-4-5',
    max_tokens: 512,
    messages: [{ role: 'user', content: `Summarise: ${text}` }],
  }));
}

// A client's request helper that re-sends whatever request failed (question 50): the method comes from its caller,
// and `createTicket` POSTs through it with no key — the finding is at the re-send, the self-call.
export class DeskClient {
  private async send(path: string, options: { method?: string; body?: unknown } = {}, attempt = 0): Promise<unknown> {
    const response = await fetch(`https://desk.example.com/api${path}`, {
      method: options.method ?? 'GET',
      body: options.body ? JSON.stringify(options.body) : undefined,
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok && RETRYABLE.has(response.status) && attempt < 3) {
      await delay(2 ** attempt * 250);
      return this.send(path, options, attempt + 1); // expect: unkeyed-retry
    }
    return response.json();
  }

  createTicket(subject: string): Promise<unknown> {
    return this.send('/tickets', { method: 'POST', body: { subject } });
  }

  ticket(id: string): Promise<unknown> {
    return this.send(`/tickets/${id}`);
  }
}

// A helper that calls itself both after a 5xx and from its catch is one recursive retry: reported once, at the catch's
// re-attempt (question 7), not again at the status-gated call nor at the request it re-sends.
export class BillingClient {
  private async call(path: string, init: RequestInit, retries = 0): Promise<Response> {
    try {
      const response = await fetch(`https://billing.example.com/api${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
      if (!response.ok && response.status >= 500 && retries < 3) return this.call(path, init, retries + 1);
      return response;
    } catch (error) {
      if (retries < 3) return this.call(path, init, retries + 1); // expect: unkeyed-retry
      throw error;
    }
  }

  charge(customer: string, cents: number): Promise<Response> {
    return this.call('/charges', { method: 'POST', body: JSON.stringify({ customer, cents }) });
  }
}
