// An Inngest function's `retries` option sets how often each of its steps runs again. With `retries: 0` a step runs
// once: its POST is not re-sent (clean). With `retries: 2` the step is retried, and an unkeyed POST in it is a finding.
import { Inngest } from 'inngest';

const inngest = new Inngest({ id: 'notifier' });

export const notifyOnce = inngest.createFunction({ id: 'notify-once', retries: 0 }, { event: 'app/report.ready' }, async ({ event, step }) => {
  await step.run('send-sms', async () => {
    await fetch('https://sms.example.com/messages', {
      method: 'POST',
      body: JSON.stringify({ to: event.data.phone, text: 'Your report is ready' }),
      signal: AbortSignal.timeout(10_000),
    });
  });
});

export const notifyWithRetries = inngest.createFunction({ id: 'notify-retried', retries: 2 }, { event: 'app/report.failed' }, async ({ event, step }) => {
  await step.run('send-sms', async () => {
    await fetch('https://sms.example.com/messages', { // expect: unkeyed-retry
      method: 'POST',
      body: JSON.stringify({ to: event.data.phone, text: 'Your report failed' }),
      signal: AbortSignal.timeout(10_000),
    });
  });
});
