// Retry queues are matched by binding, not by the receiver's text: a local `queue` a batch send collects its failures
// in is not the `queue` another function declares and drains, and a class's `pending` field is not another class's
// field of the same name. Only the class that queues its failed send in its own field and drains that field re-sends
// it: one finding at that drain's call (questions 63, 74).
async function publishNotice(text: string): Promise<void> {
  const res = await fetch('https://board.example.com/api/notices', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`notice ${res.status}`);
}

// Failures collected in a local array and only counted.
export async function sendBatch(texts: string[]): Promise<number> {
  const queue: string[] = [];
  for (const text of texts) {
    try {
      await publishNotice(text);
    } catch {
      queue.push(text);
    }
  }
  return queue.length;
}

// Another function's own `queue`: texts handed in, sent once each in order.
export async function sendInOrder(texts: string[]): Promise<void> {
  const queue = [...texts];
  let next = queue.shift();
  while (next) {
    await publishNotice(next);
    next = queue.shift();
  }
}

export class Announcer {
  private readonly pending: string[] = [];

  async announce(text: string): Promise<void> {
    try {
      await publishNotice(text);
    } catch {
      this.pending.push(text);
    }
  }

  async retryPending(): Promise<void> {
    const text = this.pending.shift();
    if (text) await publishNotice(text); // expect: unkeyed-retry
  }
}

// A different class with a field of the same name: its items were never sent.
export class Digest {
  private readonly pending: string[] = [];

  add(text: string): void {
    this.pending.push(text);
  }

  async flushOne(): Promise<void> {
    const text = this.pending.shift();
    if (text) await publishNotice(text);
  }
}
