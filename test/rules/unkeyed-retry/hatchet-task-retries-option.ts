// Hatchet runs a failed task again when its `retries` option is above 0 (@hatchet-dev/typescript-sdk v1 task.ts
// CreateBaseTaskOpts: `retries?: number`, "default: 0"): the whole `fn` runs again, so a webhook POST in it is made once
// more after an attempt that failed after the POST landed. Clean: the same POST in a task with no `retries` or with
// `retries: 0` (one run), and a GET in a retried task.
import { HatchetClient } from '@hatchet-dev/typescript-sdk/v1';

const hatchet = HatchetClient.init();

const digests = hatchet.workflow<{ teamId: string; summary: string }>({ name: 'team-digest' });

digests.task({
  name: 'post-digest',
  retries: 3,
  fn: async (input) => {
    await fetch('https://hooks.example.com/digest', { method: 'POST', body: JSON.stringify(input) }); // expect: unkeyed-retry
    return { posted: true };
  },
});

digests.task({
  name: 'post-digest-once',
  fn: async (input) => {
    await fetch('https://hooks.example.com/digest-once', { method: 'POST', body: JSON.stringify(input) });
  },
});

digests.task({
  name: 'read-team',
  retries: 5,
  fn: async (input) => {
    const response = await fetch(`https://api.example.com/teams/${input.teamId}`);
    return { team: await response.json() };
  },
});

export const announce = hatchet.task({
  name: 'announce',
  retries: 2,
  fn: async (input: { text: string }) => {
    await fetch('https://chat.example.com/messages', { method: 'POST', body: JSON.stringify({ text: input.text }) }); // expect: unkeyed-retry
  },
});

export function registerQuiet(client: HatchetClient) {
  return client.task({
    name: 'quiet',
    retries: 0,
    fn: async (input: { text: string }) => {
      await fetch('https://chat.example.com/quiet', { method: 'POST', body: input.text });
    },
  });
}
