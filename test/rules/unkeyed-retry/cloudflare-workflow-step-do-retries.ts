// Cloudflare Workflows run a step's callback again when it throws (5 retries by default): a post made in the step
// before a later failure, or whose answer was lost, is made again. A step whose config sets `retries.limit: 0` runs
// once; a step that only reads, or that sends a key stable across attempts, repeats nothing.
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from 'cloudflare:workers';

type Env = { CHAT_WEBHOOK: string };
type Params = { orderId: string; note: string };

export class OrderFollowUp extends WorkflowEntrypoint<Env, Params> {
  async run(event: WorkflowEvent<Params>, step: WorkflowStep) {
    const { orderId, note } = event.payload;
    const order = await step.do('load order', async () => {
      const response = await fetch(`https://shop.example.com/orders/${orderId}`, { signal: AbortSignal.timeout(10_000) });
      return (await response.json()) as { email: string };
    });
    await step.do('post note', async () => {
      await fetch(this.env.CHAT_WEBHOOK, { method: 'POST', body: JSON.stringify({ text: note }), signal: AbortSignal.timeout(10_000) }); // expect: unkeyed-retry
    });
    await step.do('email once', { retries: { limit: 0, delay: '1 second' } }, async () => {
      await fetch('https://mail.example.com/send', { method: 'POST', body: JSON.stringify({ to: order.email }), signal: AbortSignal.timeout(10_000) });
    });
    await step.do('receipt', { retries: { limit: 3, delay: '5 seconds', backoff: 'exponential' } }, async () => {
      await fetch('https://mail.example.com/send', {
        method: 'POST',
        headers: { 'Idempotency-Key': `receipt-${orderId}` },
        body: JSON.stringify({ to: order.email }),
        signal: AbortSignal.timeout(10_000),
      });
    });
  }
}
