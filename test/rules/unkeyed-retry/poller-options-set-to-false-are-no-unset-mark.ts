// A field set to `false` outside the query's filter is no unset mark: `select: { body: false }` leaves the body out of
// the rows read, it does not pick rows whose body is unset, so a dispatch that later writes the body marks nothing the
// next tick reads — clean. The same poll picking rows by `where: { publishedAt: null }`, whose dispatch posts and only
// then sets `publishedAt`, sends again after a failure between the two: finding. Mongo-style `find({ announced: false })`
// puts the filter in the first argument: finding.
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const WEBHOOK = process.env.ARTICLE_WEBHOOK ?? 'https://hooks.example.com/articles';

interface ArticleStore {
  find(filter: Record<string, unknown>, options?: Record<string, unknown>): Promise<Array<{ id: string; title: string }>>;
  updateOne(filter: Record<string, unknown>, update: Record<string, unknown>): Promise<void>;
}
declare const articles: ArticleStore;

async function postArticle(title: string): Promise<void> {
  await fetch(WEBHOOK, { method: 'POST', body: JSON.stringify({ title }), signal: AbortSignal.timeout(10_000) });
}

async function publish(id: string, title: string): Promise<void> {
  await postArticle(title);
  await prisma.article.update({ where: { id }, data: { publishedAt: new Date(), body: `Published: ${title}` } });
}

async function announce(id: string, title: string): Promise<void> {
  await postArticle(title);
  await articles.updateOne({ _id: id }, { $set: { announced: true, cached: true } });
}

async function pollUnpublished(): Promise<void> {
  const due = await prisma.article.findMany({ where: { publishedAt: null } });
  for (const article of due) {
    await publish(article.id, article.title); // expect: unkeyed-retry
  }
}

async function pollScheduled(): Promise<void> {
  const scheduled = await prisma.article.findMany({ where: { scheduledAt: { lte: new Date() } }, select: { id: true, title: true, body: false } });
  for (const article of scheduled) await publish(article.id, article.title);
}

async function pollUnannounced(): Promise<void> {
  const fresh = await articles.find({ announced: false });
  for (const article of fresh) {
    await announce(article.id, article.title); // expect: unkeyed-retry
  }
}

async function pollCached(): Promise<void> {
  const listed = await articles.find({ section: 'news' }, { cached: false });
  for (const article of listed) await announce(article.id, article.title);
}

export function startPublishers(): void {
  setInterval(() => {
    pollUnpublished().catch((error) => console.error('publish poll failed', error));
    pollScheduled().catch((error) => console.error('scheduled poll failed', error));
    pollUnannounced().catch((error) => console.error('announce poll failed', error));
    pollCached().catch((error) => console.error('cached poll failed', error));
  }, 60_000);
}
