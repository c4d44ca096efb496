// A retry queue: a catch puts the failed send on a queue (a Redis list, an array a class keeps) and a drain run later
// takes items off that queue and calls the same send again. A failure after the server acted — a lost response —
// queues a post that landed, and the drain posts it a second time: a finding at the drain's call (questions 63, 74).
// Clean: the original attempt (it is the first), a catch that only collects ids of failures it never sends again, a
// drain of another queue, and a queued send that carries its key (the drain sends the key the first attempt made).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);
const RETRY_KEY = 'notices:retry';
const OTHER_KEY = 'notices:audit';

async function publishNotice(text: string): Promise<void> {
  const res = await fetch('https://board.example.com/api/notices', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`notice ${res.status}`);
}

async function publishKeyed(text: string, key: string): Promise<void> {
  const res = await fetch('https://board.example.com/api/notices', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`notice ${res.status}`);
}

export async function publishSafely(text: string): Promise<void> {
  try {
    await publishNotice(text);
  } catch (error) {
    const entry = { text, attempts: 1, error: String(error) };
    await redis.lpush(RETRY_KEY, JSON.stringify(entry));
  }
}

export async function drainRetries(): Promise<void> {
  for (let n = 0; n < 10; n++) {
    const raw = await redis.rpop(RETRY_KEY);
    if (!raw) return;
    const entry = JSON.parse(raw) as { text: string; attempts: number };
    await publishNotice(entry.text); // expect: unkeyed-retry
  }
}

export async function drainAudit(): Promise<void> {
  const raw = await redis.rpop(OTHER_KEY);
  if (raw) await publishNotice(raw);
}

export class Outbox {
  private readonly waiting: Array<{ text: string; key: string }> = [];
  private readonly failedIds: string[] = [];

  async send(text: string): Promise<void> {
    const key = randomUUID();
    try {
      await publishKeyed(text, key);
    } catch {
      this.waiting.push({ text, key });
    }
  }

  async flush(): Promise<void> {
    let next = this.waiting.shift();
    while (next) {
      await publishKeyed(next.text, next.key);
      next = this.waiting.shift();
    }
  }

  async announce(id: string, text: string): Promise<void> {
    try {
      await publishNotice(text);
    } catch {
      this.failedIds.push(id);
    }
  }

  oldestFailure(): string | undefined {
    return this.failedIds.shift();
  }
}

// A drain that takes an item off the retry list and then sends something else through the same function: no re-send
// of what was queued (the review's near-miss: any call after the take was counted).
export async function drainWithStatus(status: string): Promise<void> {
  const raw = await redis.rpop(RETRY_KEY);
  if (!raw) return;
  console.log('dropped', raw.length);
  await publishNotice(status);
}

// The taken item bound by assignment and rebuilt first (`item = JSON.parse(raw)`), then its field re-sent: a finding.
export async function drainOne(): Promise<void> {
  let item: { text: string };
  const raw = await redis.rpop(RETRY_KEY);
  if (!raw) return;
  item = JSON.parse(raw);
  await publishNotice(item.text); // expect: unkeyed-retry
}
