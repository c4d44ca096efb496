// An in-flight set is recognised by its own `finally` emptying it — the same collection, not one spelled the same. Here
// `Notifier` keeps `this.seen`, the ids it has already sent, and never empties it: a dedupe, so its tool is clean. The
// `Crawler` class beside it has its own `this.seen`, emptied in a `finally` when a crawl ends: that one refuses a call
// only while a crawl runs, so the crawl tool sends again on a repeat (reported). A module-level `sentIds` that a
// different, unrelated function clears in its `finally` stays a dedupe too.
import { tool } from 'ai';
import { z } from 'zod';

async function postJson(url: string, body: unknown): Promise<void> {
  await fetch(url, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
}

class Notifier {
  private readonly seen = new Set<string>();

  async notify(id: string, text: string): Promise<string> {
    if (this.seen.has(id)) return 'already sent';
    this.seen.add(id);
    await postJson('https://hooks.example.com/notify', { id, text });
    return 'sent';
  }
}

class Crawler {
  private readonly seen = new Set<string>();

  async crawl(url: string): Promise<string> {
    if (this.seen.has(url)) return 'crawl in progress';
    this.seen.add(url);
    try {
      await postJson('https://crawler.example.com/jobs', { url });
      return 'queued';
    } finally {
      this.seen.delete(url);
    }
  }
}

const sentIds = new Set<string>();

async function sendDigest(id: string): Promise<string> {
  if (sentIds.has(id)) return 'already sent';
  sentIds.add(id);
  await postJson('https://mail.example.com/digest', { id });
  return 'sent';
}

async function resetAfterExport(run: () => Promise<void>): Promise<void> {
  const sentIds = new Set<string>();
  try {
    await run();
  } finally {
    sentIds.clear();
  }
}

const notifier = new Notifier();
const crawler = new Crawler();

export const messagingTools = {
  notify: tool({
    description: 'Notify a user once',
    inputSchema: z.object({ id: z.string(), text: z.string() }),
    execute: async ({ id, text }) => notifier.notify(id, text),
  }),
  crawl: tool({
    description: 'Queue a crawl of a page',
    inputSchema: z.object({ url: z.string() }),
    execute: async ({ url }) => crawler.crawl(url), // expect: non-idempotent-tool
  }),
  digest: tool({
    description: 'Send the daily digest once',
    inputSchema: z.object({ id: z.string() }),
    execute: async ({ id }) => {
      await resetAfterExport(async () => {});
      return sendDigest(id);
    },
  }),
};
