// An Inngest step is retried (three times by default, README question 4). A Convex mutation or action run through the
// HTTP client is judged by the function it names: `api.notes.createForUser` creates a note and `internal.digests.send`
// sends, so a retried step that ran them before its failure runs them again. The client itself sends one POST with no
// request id. Clean: a function named for setting a state (`markDone`), a read, and a step that runs once (`retries: 0`).
import { Inngest } from 'inngest';
import { ConvexHttpClient } from 'convex/browser';
import { api, internal } from './convex/_generated/api';

const inngest = new Inngest({ id: 'notes' });
const convex = new ConvexHttpClient(process.env.CONVEX_URL!);
const lazyConvex = new Proxy({} as ConvexHttpClient, { get: (_target, prop) => Reflect.get(new ConvexHttpClient(process.env.CONVEX_URL!), prop) });

export const summarise = inngest.createFunction({ id: 'summarise' }, { event: 'notes/summarise' }, async ({ event, step }) => {
  await step.run('store-summary', async () => {
    await convex.mutation(api.jobs.markDone, { jobId: event.data.jobId });
    await convex.mutation(api.notes.createForUser, { userId: event.data.userId, text: event.data.summary }); // expect: unkeyed-retry
  });
  await step.run('send-digest', async () => {
    await lazyConvex.action(internal.digests.send, { userId: event.data.userId }); // expect: unkeyed-retry
    return convex.query(api.notes.list, { userId: event.data.userId });
  });
});

export const summariseOnce = inngest.createFunction({ id: 'summarise-once', retries: 0 }, { event: 'notes/summarise-once' }, async ({ event, step }) => {
  await step.run('store-summary', async () => {
    await convex.mutation(api.notes.createForUser, { userId: event.data.userId, text: event.data.summary });
  });
});
