// twitter-api-v2 (checked in its src/v2/client.v2.write.ts): `tweet`, `reply` and `quote` POST /2/tweets — a new post
// every time the tool runs (X's filter of an identical text is a best-effort duplicate check, not a key: README
// question 19) — and `sendDmToParticipant` posts a direct message. Clean: a like and a retweet (a repeat sets the same
// state) and reads; a delete of a known tweet is reported at low confidence only.
import { tool } from 'ai';
import { TwitterApi } from 'twitter-api-v2';
import { z } from 'zod';

const x = new TwitterApi(process.env.X_BEARER!).readWrite;

export const postTweet = tool({
  description: 'Post a tweet, or reply to or quote one',
  inputSchema: z.object({ text: z.string(), replyTo: z.string().optional(), quote: z.string().optional() }),
  execute: async ({ text, replyTo, quote }) => {
    if (replyTo) return x.v2.reply(text, replyTo); // expect: non-idempotent-tool
    if (quote) return x.v2.quote(text, quote); // expect: non-idempotent-tool
    return x.v2.tweet(text); // expect: non-idempotent-tool
  },
});

export const engage = tool({
  description: 'Like and retweet a tweet, then message its author',
  inputSchema: z.object({ me: z.string(), tweetId: z.string(), authorId: z.string() }),
  execute: async ({ me, tweetId, authorId }) => {
    await x.v2.like(me, tweetId);
    await x.v2.retweet(me, tweetId);
    await x.v2.sendDmToParticipant(authorId, { text: 'Thanks for sharing!' }); // expect: non-idempotent-tool
    await x.v2.deleteTweet(tweetId); // expect: non-idempotent-tool confidence=low
    return x.v2.singleTweet(tweetId);
  },
});
