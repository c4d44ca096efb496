// The `while (true)` form of a counted retry: the loop has no attempt test in its header, and its catch goes round
// again with `continue` while attempts are left, then leaves with a failure result. A POST whose response was lost
// (a reset connection, a timeout after the chat service accepted it) is posted again, and a chat webhook takes no key.
interface PostResult {
  ok: boolean;
  status: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function postToChannel(hookUrl: string, body: object, retriesLeft = 2): Promise<PostResult> {
  let tries = 0;
  while (true) {
    tries++;
    try {
      const res = await fetch(hookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }); // expect: unkeyed-retry
      if (res.ok) return { ok: true, status: res.status };
      return { ok: false, status: res.status };
    } catch (err) {
      if (tries <= retriesLeft) {
        await pause(1000 * tries);
        continue;
      }
      return { ok: false, status: 0 };
    }
  }
}

// Near-miss: the same shape, but the catch goes round only when the service said it was rate limited (a 429 is a
// refusal: nothing was posted), and any other failure leaves.
class RateLimited extends Error {
  status = 429;
}

export async function postWhenAllowed(hookUrl: string, body: object): Promise<PostResult> {
  let tries = 0;
  while (true) {
    tries++;
    try {
      const res = await fetch(hookUrl, { method: 'POST', body: JSON.stringify(body) });
      if (res.status === 429) throw new RateLimited();
      return { ok: res.ok, status: res.status };
    } catch (err) {
      if (err instanceof RateLimited && err.status === 429 && tries < 5) {
        await pause(2000);
        continue;
      }
      throw err;
    }
  }
}

// Near-miss: a read gone round the same way repeats nothing.
export async function readChannelInfo(infoUrl: string): Promise<unknown> {
  let tries = 0;
  while (true) {
    tries++;
    try {
      const res = await fetch(infoUrl);
      return await res.json();
    } catch (err) {
      if (tries < 3) {
        await pause(500);
        continue;
      }
      throw err;
    }
  }
}

// Near-miss: a loop over queued items whose catch skips to the next one never re-attempts an item.
export async function drain(queue: object[], hookUrl: string): Promise<void> {
  while (true) {
    const next = queue.shift();
    if (!next) return;
    try {
      await fetch(hookUrl, { method: 'POST', body: JSON.stringify(next) });
    } catch (err) {
      console.warn('dropped one message', err);
      continue;
    }
  }
}
