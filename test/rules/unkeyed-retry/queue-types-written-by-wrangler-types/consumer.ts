// A Worker whose queue types come from the package's worker-configuration.d.ts (wrangler types) rather than an
// installed @cloudflare/workers-types: `message.retry()` still has the queue redeliver the message, and the POST runs again.

export async function deliver(message: Message<{ url: string; payload: string }>): Promise<void> {
  try {
    await fetch(message.body.url, { method: 'POST', body: message.body.payload }); // expect: unkeyed-retry
    message.ack();
  } catch {
    message.retry({ delaySeconds: 10 });
  }
}
