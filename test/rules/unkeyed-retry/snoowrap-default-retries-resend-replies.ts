// snoowrap re-sends a request answered 502/503/504/522 until three attempts are used, whatever its method and with no
// key: a reply or a post whose first attempt reached Reddit is made again. The client comes back from a generic helper
// that awaits what it is given. Reading a listing is a read, and `reply` on an object of our own is no Reddit call —
// also one a generic helper makes after awaiting the Reddit call it was given.
import Snoowrap from 'snoowrap';

const reddit = new Snoowrap({ userAgent: 'digest-bot/1.0', clientId: 'id', clientSecret: 'secret', refreshToken: 'token' });

const settled = async <T>(pending: Promise<T>) => {
  const value = await pending;
  return value as Omit<T, 'then' | 'catch' | 'finally'>;
};

export async function answerThread(threadId: string, answer: string): Promise<void> {
  const thread = await settled(reddit.getSubmission(threadId).fetch());
  await thread.reply(answer); // expect: unkeyed-retry
}

export async function postDigest(subreddit: string, title: string, text: string): Promise<string> {
  const post = await reddit.getSubreddit(subreddit).submitSelfpost({ subredditName: subreddit, title, text }); // expect: unkeyed-retry
  return post.name;
}

export async function hotTitles(subreddit: string): Promise<string[]> {
  const listing = await reddit.getSubreddit(subreddit).getHot({ limit: 10 });
  return listing.map((post) => post.title);
}

const console_ = { reply: (text: string) => process.stdout.write(`${text}\n`) };
export function echo(text: string): void {
  console_.reply(text);
}

const preview = async <T>(pending: Promise<T>) => {
  await pending;
  return { reply: (text: string) => `would reply: ${text}` };
};

export async function dryRun(threadId: string, answer: string): Promise<string> {
  const draft = await preview(reddit.getSubmission(threadId).fetch());
  return draft.reply(answer);
}
