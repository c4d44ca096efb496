// Trigger.dev runs a task's `run` again after it fails or its attempt is lost, up to maxAttempts (here the project
// default of three, from trigger.config.ts, unless a task sets its own).
import { schedules, schemaTask, task } from '@trigger.dev/sdk';
import { z } from 'zod';

const json = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(15_000) });

// Project default (3 attempts): a second attempt after the campaign was created creates another.
export const createCampaign = schemaTask({
  id: 'create-campaign',
  schema: z.object({ issueId: z.string() }),
  run: async ({ issueId }) => {
    await json('https://mail.example.com/campaigns', { issueId }); // expect: unkeyed-retry
  },
});

// Its own retry settings: one attempt, nothing runs twice.
export const announce = task({
  id: 'announce',
  retry: { maxAttempts: 1 },
  run: async (payload: { issueId: string }) => {
    await json('https://chat.example.com/messages', { text: `Issue ${payload.issueId} is out` });
  },
});

// Retried, but it only reads.
export const warmCache = task({
  id: 'warm-cache',
  run: async (payload: { issueId: string }) => {
    const response = await fetch(`https://cms.example.com/issues/${payload.issueId}`, { signal: AbortSignal.timeout(15_000) });
    return response.json();
  },
});

// Retried, with a key that is the same on every attempt.
export const weeklyDigest = schedules.task({
  id: 'weekly-digest',
  cron: '0 9 * * 1',
  run: async (payload) => {
    const week = payload.timestamp.toISOString().slice(0, 10);
    await json('https://mail.example.com/digests', { week }, { 'Idempotency-Key': `digest-${week}` });
  },
});

// A child run started from a retried task: a second attempt starts a second child run unless the key repeats. What the
// second child run repeats is what the child does: a child that only reads repeats nothing.
export const sendIssue = task({
  id: 'send-issue',
  run: async (payload: { issueId: string }) => {
    await warmCache.triggerAndWait({ issueId: payload.issueId });
    await announce.trigger({ issueId: payload.issueId }); // expect: unkeyed-retry
    await announce.trigger({ issueId: payload.issueId }, { idempotencyKey: `announce-${payload.issueId}` });
  },
});
