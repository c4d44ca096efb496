// The project default is one attempt: the POST runs once.
import { task } from '@trigger.dev/sdk/v3';

export const postDigest = task({
  id: 'post-digest',
  run: async (payload: { channel: string; text: string }) => {
    await fetch('https://hooks.example.com/digest', { method: 'POST', body: JSON.stringify(payload), signal: AbortSignal.timeout(10_000) });
  },
});
