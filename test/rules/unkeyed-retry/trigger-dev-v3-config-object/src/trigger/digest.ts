// A task under the v3 config object's default of three attempts re-posts the digest to the webhook when a later
// step fails; one with `retry: { maxAttempts: 1 }` of its own runs once.
import { task } from '@trigger.dev/sdk/v3';

export const postDigest = task({
  id: 'post-digest',
  run: async (payload: { channel: string; text: string }) => {
    await fetch('https://hooks.example.com/digest', { method: 'POST', body: JSON.stringify(payload), signal: AbortSignal.timeout(10_000) }); // expect: unkeyed-retry
    await fetch(`https://api.example.com/channels/${payload.channel}/digest-sent`, { method: 'PUT', signal: AbortSignal.timeout(10_000) });
  },
});

export const postDigestOnce = task({
  id: 'post-digest-once',
  retry: { maxAttempts: 1 },
  run: async (payload: { channel: string; text: string }) => {
    await fetch('https://hooks.example.com/digest', { method: 'POST', body: JSON.stringify(payload), signal: AbortSignal.timeout(10_000) });
  },
});
