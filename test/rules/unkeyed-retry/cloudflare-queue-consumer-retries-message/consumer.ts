// A Cloudflare Queues consumer whose catch calls `message.retry()` (or `batch.retryAll()`) has the queue deliver the
// message again (workers-types `Message.retry(options?)`, `MessageBatch.retryAll(options?)`), and the consumer runs its
// `try` again for it: a POST made before the failure is made once more. Clean: a consumer whose catch only acks the
// message (`message.ack()`: no redelivery), a POST keyed by the message's id (the same on every delivery), and a
// `retry()` on an object that is no queue message.

interface NotifyJob {
  userId: string;
  text: string;
}

export async function consumeNotifications(batch: MessageBatch<NotifyJob>, env: { HOOK_URL: string }): Promise<void> {
  for (const message of batch.messages) {
    try {
      await fetch(env.HOOK_URL, { method: 'POST', body: JSON.stringify(message.body) }); // expect: unkeyed-retry
      message.ack();
    } catch (error) {
      console.error(error);
      message.retry({ delaySeconds: 30 });
    }
  }
}

export async function consumeKeyed(batch: MessageBatch<NotifyJob>, env: { HOOK_URL: string }): Promise<void> {
  for (const message of batch.messages) {
    try {
      await fetch(env.HOOK_URL, { method: 'POST', headers: { 'Idempotency-Key': message.id }, body: JSON.stringify(message.body) });
      message.ack();
    } catch {
      message.retry();
    }
  }
}

export async function consumeOnce(batch: MessageBatch<NotifyJob>, env: { HOOK_URL: string }): Promise<void> {
  for (const message of batch.messages) {
    try {
      await fetch(env.HOOK_URL, { method: 'POST', body: JSON.stringify(message.body) });
    } catch (error) {
      console.error(error);
    }
    message.ack();
  }
}

export default {
  async queue(batch: MessageBatch<NotifyJob>, env: { AUDIT_URL: string }): Promise<void> {
    try {
      for (const message of batch.messages) {
        await fetch(env.AUDIT_URL, { method: 'POST', body: JSON.stringify(message.body) }); // expect: unkeyed-retry
      }
      batch.ackAll();
    } catch {
      batch.retryAll();
    }
  },
};

export async function pollLocal(jobs: Array<{ retry(): void; url: string }>): Promise<void> {
  for (const job of jobs) {
    try {
      await fetch(job.url, { method: 'POST' });
    } catch {
      job.retry();
    }
  }
}
