// A recursive retry helper and a `.catch()` that calls again: the waits (or their absence) and the
// depth guard decide the finding.
import { WebClient } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_TOKEN, { retryConfig: { retries: 0 } });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function postWithRetry(channel: string, text: string, attempt = 0): Promise<unknown> {
  try {
    return await slack.chat.postMessage({ channel, text });
  } catch (error) {
    if (attempt >= 3) throw error;
    await wait(1_000);
    return postWithRetry(channel, text, attempt + 1); // expect: retry-without-backoff
  }
}

export async function postForever(channel: string, text: string, attempt = 0): Promise<unknown> {
  try {
    return await slack.chat.postMessage({ channel, text });
  } catch {
    await wait(Math.random() * 1_000 * 2 ** Math.min(attempt, 6));
    return postForever(channel, text, attempt + 1); // expect: retry-without-backoff
  }
}

export async function postWithBackoff(channel: string, text: string, attempt = 0): Promise<unknown> {
  try {
    return await slack.chat.postMessage({ channel, text });
  } catch (error) {
    if (attempt >= 3) throw error;
    await wait(Math.random() * 500 * 2 ** attempt);
    return postWithBackoff(channel, text, attempt + 1);
  }
}

export async function reactOnce(channel: string, timestamp: string) {
  return slack.reactions.add({ channel, timestamp, name: "eyes" }).catch(() => slack.reactions.add({ channel, timestamp, name: "eyes" })); // expect: retry-without-backoff
}
