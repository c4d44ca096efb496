// The chat app's own global `Message` (chat.d.ts) has a `retry()` that re-sends from the UI later: not a Cloudflare
// Queues message, whose `retry(options?: QueueRetryOptions)` has the queue run the consumer again. Clean.

export async function flushOutbox(outbox: MessageBatch, webhook: string): Promise<void> {
  for (const message of outbox.messages) {
    try {
      await fetch(webhook, { method: 'POST', body: JSON.stringify({ text: message.text }) });
    } catch {
      message.retry();
    }
  }
}

export async function sendOne(message: Message, webhook: string): Promise<void> {
  try {
    await fetch(webhook, { method: 'POST', body: JSON.stringify({ text: message.text }) });
  } catch {
    message.retry();
  }
}

export async function sendAll(outbox: MessageBatch, webhook: string): Promise<void> {
  try {
    for (const message of outbox.messages) await fetch(webhook, { method: 'POST', body: message.text });
  } catch {
    outbox.retryAll();
  }
}
