// Bolt 5.1 hands event listeners `sayStream()`, which returns a ChatStreamer on the app's WebClient (checked in
// @slack/bolt 5.1.0, src/context/create-say-stream.ts): its append, and a stop that carries text, are retried
// sends like any other; a stop with only blocks ends the stream and posts no text.
import { App } from '@slack/bolt';

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });

app.event('app_mention', async ({ event, sayStream }) => {
  const streamer = sayStream();
  await streamer.append({ markdown_text: `You said: ${event.text}` }); // expect: unkeyed-retry
  await streamer.stop({ chunks: [{ type: 'markdown_text', text: '\nAnything else?' }] }); // expect: unkeyed-retry
});

app.event('message', async ({ event, sayStream }) => {
  const streamer = sayStream();
  await streamer.append({ markdown_text: `Echo: ${'text' in event ? event.text : ''}` }); // expect: unkeyed-retry
  await streamer.stop({ blocks: [{ type: 'divider' }] });
});
