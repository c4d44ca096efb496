// A retried step that clears a post's tags and inserts the new set converges: the second attempt deletes what the
// first inserted. An insert with no delete before it (or a delete of another table) adds rows on every attempt.
import pRetry from 'p-retry';
import { drizzle } from 'drizzle-orm/node-postgres';
import { eq } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';

const postTags = pgTable('post_tags', { postId: integer('post_id'), tag: text('tag') });
const postViews = pgTable('post_views', { postId: integer('post_id'), viewer: text('viewer') });

const db = drizzle(process.env.DATABASE_URL!);

export async function replaceTags(postId: number, tags: string[]) {
  await pRetry(async () => {
    await db.delete(postTags).where(eq(postTags.postId, postId));
    await db.insert(postTags).values(tags.map((tag) => ({ postId, tag })));
  }, { retries: 2 });
}

export async function recordViews(postId: number, viewers: string[]) {
  await pRetry(async () => {
    await db.delete(postTags).where(eq(postTags.postId, postId));
    await db.insert(postViews).values(viewers.map((viewer) => ({ postId, viewer }))); // expect: unkeyed-retry
  }, { retries: 2 });
}
