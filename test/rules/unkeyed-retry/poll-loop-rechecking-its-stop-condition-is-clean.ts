// A worker's poll loop: `while (!stopping)` it posts what is due, waits the poll interval and goes round again; its
// catch counts failures and backs off. The only way out inside the try is `if (stopping) break`, the loop's own stop
// condition checked again — not a sign that the attempt succeeded. A successful round goes round too, to the next
// poll, so the loop never re-attempts what failed: clean. The same loop whose try leaves once the post went through
// is a retry loop around a POST with no key: a finding.
const HOOK = 'https://hooks.example.com/digest';

let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function dueDigests(): Promise<string[]> {
  const res = await fetch('https://api.example.com/digests/due', { signal: AbortSignal.timeout(10_000) });
  return res.json();
}

export async function pollAndPost() {
  let failures = 0;
  while (!stopping) {
    try {
      if (stopping) break;
      for (const digest of await dueDigests()) {
        await fetch(HOOK, { method: 'POST', body: digest, signal: AbortSignal.timeout(10_000) });
      }
      failures = 0;
      await sleep(60_000);
    } catch (error) {
      failures++;
      console.error('poll failed', error);
      await sleep(Math.min(1_000 * 2 ** failures, 300_000));
    }
  }
}

export async function postUntilAccepted(digest: string) {
  let failures = 0;
  while (!stopping) {
    try {
      await fetch(HOOK, { method: 'POST', body: digest, signal: AbortSignal.timeout(10_000) }); // expect: unkeyed-retry
      break;
    } catch (error) {
      failures++;
      await sleep(Math.min(1_000 * 2 ** failures, 300_000));
    }
  }
}
