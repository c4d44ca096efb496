// Slack's streaming-message methods called on the WebClient itself, not through its ChatStreamer (test/corpus/README.md
// question 81): chat.startStream posts a new message and chat.appendStream adds text to it, and the WebClient re-sends
// either after a failure (10 retries by default) with no key — a lost response posts the message, or the chunk, twice.
// chat.stopStream only ends the stream: a repeat finds it stopped and posts nothing.
import { WebClient } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN, { timeout: 10_000 });

export async function streamAnswer(channel: string, threadTs: string, parts: AsyncIterable<string>): Promise<void> {
  const started = await slack.chat.startStream({ channel, thread_ts: threadTs }); // expect: unkeyed-retry
  const ts = started.ts as string;
  for await (const part of parts) {
    await slack.chat.appendStream({ channel, ts, markdown_text: part }); // expect: unkeyed-retry
  }
  // Near-miss: ending the stream twice posts nothing.
  await slack.chat.stopStream({ channel, ts });
}

// Near-miss: a client whose retries are off sends each call once.
const once = new WebClient(process.env.SLACK_BOT_TOKEN, { timeout: 10_000, retryConfig: { retries: 0 } });

export async function streamOnce(channel: string, threadTs: string, text: string): Promise<void> {
  const started = await once.chat.startStream({ channel, thread_ts: threadTs });
  await once.chat.appendStream({ channel, ts: started.ts as string, markdown_text: text });
  await once.chat.stopStream({ channel, ts: started.ts as string });
}
