// A Bolt App's `client` is the WebClient it builds (no retryConfig of its own), so `app.client.chat.postMessage`
// is retried up to 10 times with no key. Bolt imported as a CommonJS default (`import bolt from '@slack/bolt';
// const { App, Assistant } = bolt`) is the same App and Assistant. Clean: a read through app.client, and an app built
// with `clientOptions.retryConfig: { retries: 0 }`.
import bolt from '@slack/bolt';

const { App, Assistant } = bolt;

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
const quiet = new App({ token: process.env.SLACK_BOT_TOKEN, clientOptions: { retryConfig: { retries: 0 } } });

export async function dailyDigest(userId: string, text: string) {
  const history = await app.client.conversations.history({ channel: userId, limit: 1 });
  if (history.messages?.length) await app.client.chat.postMessage({ channel: userId, text }); // expect: unkeyed-retry
  await quiet.client.chat.postMessage({ channel: userId, text });
}

app.assistant(
  new Assistant({
    threadStarted: async ({ say }) => {
      await say('Hello! Ask me anything.'); // expect: unkeyed-retry
    },
    userMessage: async ({ say }) => {
      await say('Thinking…'); // expect: unkeyed-retry
    },
  }),
);
