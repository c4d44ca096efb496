// Near-miss on names: a local `fetch` that reads a cache, and local objects shaped like the
// OpenAI, Slack and Stripe clients (an in-memory test double and a local outbox). None is the
// global fetch or an SDK, so nothing here is a non-idempotent network write or an SDK retry.
import pRetry from 'p-retry';
import retry from 'async-retry';

interface CachedPage {
  url: string;
  body: string;
}

const pageCache = new Map<string, CachedPage>();

async function fetch(url: string, init?: { method?: string; body?: string }): Promise<CachedPage> {
  const hit = pageCache.get(url);
  if (hit) return hit;
  const page = { url, body: init?.body ?? '' };
  pageCache.set(url, page);
  return page;
}

export async function cachedLookup(url: string) {
  return pRetry(() => fetch(url, { method: 'POST', body: 'warm' }), { retries: 2 });
}

const storedFiles: { id: string; name: string }[] = [];

const openai = {
  files: {
    async create(input: { name: string }) {
      const file = { id: `file_${storedFiles.length + 1}`, name: input.name };
      storedFiles.push(file);
      return file;
    },
  },
};

const outbox: { channel: string; text: string }[] = [];

const slack = {
  chat: {
    async postMessage(message: { channel: string; text: string }) {
      outbox.push(message);
      return { ok: true, ts: String(outbox.length) };
    },
  },
};

const stripe = {
  paymentIntents: {
    async create(params: { amount: number }) {
      return { id: `pi_test_${params.amount}`, status: 'succeeded' as const };
    },
  },
};

export async function runOfflineScenario() {
  const file = await openai.files.create({ name: 'notes.txt' });
  await slack.chat.postMessage({ channel: '#test', text: `stored ${file.id}` });
  const intent = await retry(() => stripe.paymentIntents.create({ amount: 500 }), { retries: 2 });
  return { file, intent, outbox };
}
