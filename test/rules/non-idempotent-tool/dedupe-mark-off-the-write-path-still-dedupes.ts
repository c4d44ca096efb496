// A dedupe is dropped (README question 91) only when its mark is made on the path that runs once the write has returned.
// A mark made in the `catch` of the try holding the write (when the write's answer is lost), or in the other branch of
// the `if` holding it, is not such a mark, and the guard still skips a repeat. A `record…` function handed the same id
// records elsewhere (a metric), not into the set the guard looked in. The post that no guard covers is the finding.
import { tool } from 'ai';
import { z } from 'zod';

const API = 'https://chat.example.com/api';
const recentKeys = new Map<string, number>();
const isDuplicate = (key: string) => (recentKeys.get(key) ?? 0) > Date.now() - 60_000;
const markDedup = (key: string) => { recentKeys.set(key, Date.now()); };
const sentIds = new Set<string>();
const sendCounts: string[] = [];
const recordMetric = (id: string) => { sendCounts.push(id); };

async function post(path: string, body: unknown): Promise<{ id: string }> {
  const res = await fetch(`${API}${path}`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
  return (await res.json()) as { id: string };
}

export const chatTools = {
  say: tool({
    description: 'Post a message to a channel',
    inputSchema: z.object({ channel: z.string(), text: z.string() }),
    execute: async ({ channel, text }) => {
      const key = `${channel}:${text}`;
      if (isDuplicate(key)) return 'skipped: said the same a moment ago';
      try {
        const created = await post(`/channels/${channel}/messages`, { text });
        return created.id;
      } catch (err) {
        markDedup(key);
        throw err;
      }
    },
  }),
  pin: tool({
    description: 'Pin a message, or queue the pin while the channel is busy',
    inputSchema: z.object({ channel: z.string(), messageId: z.string(), busy: z.boolean() }),
    execute: async ({ channel, messageId, busy }) => {
      const key = `pin:${messageId}`;
      if (isDuplicate(key)) return 'skipped: already pinned';
      if (!busy) {
        await post(`/channels/${channel}/pins`, { messageId });
      } else {
        markDedup(key);
      }
      return 'pinned';
    },
  }),
  notify: tool({
    description: 'Send a notification once per id',
    inputSchema: z.object({ id: z.string(), text: z.string() }),
    execute: async ({ id, text }) => {
      if (sentIds.has(id)) return 'already sent';
      sentIds.add(id);
      await post('/notifications', { id, text });
      recordMetric(id);
      return 'sent';
    },
  }),
  shout: tool({
    description: 'Post a message to every channel',
    inputSchema: z.object({ text: z.string() }),
    execute: async ({ text }) => {
      const created = await post('/broadcasts', { text }); // expect: non-idempotent-tool
      recordMetric(created.id);
      return created.id;
    },
  }),
};
