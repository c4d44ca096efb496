// @thecolony/sdk's ColonyClient re-sends a request that got a 429, 502, 503 or 504 (twice by default) with the same
// body and no idempotency key: a 502 from the gateway after the post was stored posts it again. A post and a comment
// through the default client are findings. Clean: the same writes through clients built with retries turned off
// (`retry: retryConfig({ maxRetries: 0 })`, or the config object written out), and a read.
import { ColonyClient, retryConfig } from '@thecolony/sdk';

const colony = new ColonyClient(process.env.COLONY_API_KEY!);
const failFast = new ColonyClient(process.env.COLONY_API_KEY!, { retry: retryConfig({ maxRetries: 0 }) });
const noRetries = new ColonyClient(process.env.COLONY_API_KEY!, {
  retry: { maxRetries: 0, baseDelay: 1, maxDelay: 10, retryOn: new Set([502]) },
});

export async function announce(title: string, body: string) {
  return colony.createPost(title, body, { colony: 'general' }); // expect: unkeyed-retry
}

export async function answer(postId: string, text: string) {
  return colony.createComment(postId, text); // expect: unkeyed-retry
}

export async function announceOnce(title: string, body: string) {
  return failFast.createPost(title, body);
}

export async function answerOnce(postId: string, text: string) {
  return noRetries.createComment(postId, text);
}

export async function latest() {
  return colony.getPosts({ limit: 5 });
}
