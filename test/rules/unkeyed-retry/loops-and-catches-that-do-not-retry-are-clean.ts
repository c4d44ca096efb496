// Near-miss: loops and catches that look like retries but never re-attempt the same write —
// a batch loop that posts each item once and logs failures, a .catch that falls back to a
// different (read-only or logging) call, and a polling loop that only reads.
import { tool } from '@langchain/core/tools';
import { z } from 'zod';

const API = 'https://notify.example.com/api';

async function postNotification(userId: string, message: string) {
  const res = await fetch(`${API}/notifications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId, message }),
    signal: AbortSignal.timeout(5_000),
  });
  if (!res.ok) throw new Error(`notify ${res.status}`);
  return (await res.json()) as { id: string };
}

async function recordFailure(userId: string, error: unknown) {
  console.error(`notification for ${userId} failed`, error);
  return { id: 'failed' };
}

export const notifyCohort = tool(
  async ({ userIds, message }) => {
    const failed: string[] = [];
    for (const userId of userIds) {
      try {
        await postNotification(userId, message);
      } catch (error) {
        failed.push(userId);
        console.warn(`skipping ${userId}`, error);
      }
    }
    return failed.length ? `Failed for ${failed.join(', ')}` : 'All notified';
  },
  {
    name: 'notify_cohort',
    description: 'Send the same notification to a list of users',
    schema: z.object({ userIds: z.array(z.string()), message: z.string() }),
  },
);

export const notifyUser = tool(
  async ({ userId, message }) => {
    const sent = await postNotification(userId, message).catch((error) => recordFailure(userId, error));
    return `notification ${sent.id}`;
  },
  {
    name: 'notify_user',
    description: 'Send one notification',
    schema: z.object({ userId: z.string(), message: z.string() }),
  },
);

export async function waitForDelivery(notificationId: string) {
  for (let poll = 0; poll < 10; poll++) {
    try {
      const res = await fetch(`${API}/notifications/${notificationId}`, { signal: AbortSignal.timeout(3_000) });
      const { status } = (await res.json()) as { status: string };
      if (status === 'delivered') return true;
    } catch {
      // transient: poll again
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000 + Math.random() * 500));
  }
  return false;
}
