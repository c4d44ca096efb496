// A cron function built through the project's wrapper: `step` is still Inngest's, and its steps are retried (4 retries by
// default), so the POST inside step.run is sent again when a retry follows a lost reply.
import { inngest } from './client';
import { everyMinute, onCron } from './schedule';

export const nudge = onCron(inngest, 'nudge-users', '*/5 * * * *', async ({ step }) => {
  const users: string[] = await step.run('load', async () => {
    const res = await fetch('https://app.example.com/api/users?due=1', { signal: AbortSignal.timeout(10_000) });
    return res.json();
  });
  for (const user of users) {
    await step.run(`notify-${user}`, async () => {
      await fetch('https://chat.example.com/api/messages', { // expect: unkeyed-retry
        method: 'POST',
        body: JSON.stringify({ user, text: 'You have cards due' }),
        signal: AbortSignal.timeout(10_000),
      });
    });
  }
});

// The same code under the local timer: nothing retries its `step.run` (clean).
everyMinute(async ({ step }) => {
  await step.run('ping', async () => {
    await fetch('https://chat.example.com/api/messages', { method: 'POST', body: JSON.stringify({ text: 'ping' }), signal: AbortSignal.timeout(10_000) });
  });
});
