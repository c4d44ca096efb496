// Loops whose catch logs and moves on are retries only when the next pass tries the same thing again. A drain loop
// whose next pass takes the next queued prompt into what the try sends, and a fixed run of iterations whose try
// leaves only when the run was aborted (a good outcome goes round too), re-attempt nothing: clean. The same loop
// shapes that go round with the same prompt, or that leave once the post went well, are retries: findings.
const BOARD = 'https://board.example.com/api/posts';

async function postUpdate(channel: string, text: string): Promise<{ delivered: boolean; aborted: boolean }> {
  const res = await fetch(BOARD, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel, text }),
    signal: AbortSignal.timeout(10_000),
  });
  return (await res.json()) as { delivered: boolean; aborted: boolean };
}

interface Pending { channel: string; text: string }

export async function drainPrompts(first: Pending, queue: Pending[]) {
  let channel = first.channel;
  let text = first.text;
  while (true) {
    try {
      const result = await postUpdate(channel, text);
      if (result.delivered && text.startsWith('/stop')) return;
    } catch (error) {
      console.error('post failed, moving on', error);
    }
    if (queue.length === 0) break;
    const next = queue.shift()!;
    channel = next.channel;
    text = next.text;
  }
}

export async function postUntilDelivered(channel: string, text: string) {
  while (true) {
    try {
      const result = await postUpdate(channel, text); // expect: unkeyed-retry
      if (result.delivered) return;
    } catch (error) {
      console.error('post failed, trying again', error);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000 + Math.random() * 1_000));
  }
}

export async function runIterations(channel: string, iterations: number, signal: AbortSignal) {
  for (let i = 1; i <= iterations; i++) {
    if (signal.aborted) break;
    let summary: string;
    try {
      const result = await postUpdate(channel, `iteration ${i}`);
      if (result.aborted) break;
      summary = result.delivered ? 'ok' : 'pending';
    } catch (error) {
      console.error(`iteration ${i} failed`, error);
      summary = '';
    }
    if (summary === 'done') return;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
}

export async function postWithinIterations(channel: string, text: string, iterations: number) {
  for (let i = 1; i <= iterations; i++) {
    try {
      const result = await postUpdate(channel, text); // expect: unkeyed-retry
      if (result.delivered) break;
    } catch (error) {
      console.error(`iteration ${i} failed`, error);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000 * i + Math.random() * 500));
  }
}
