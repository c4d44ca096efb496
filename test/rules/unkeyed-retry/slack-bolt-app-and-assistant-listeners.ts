// Bolt hands its listeners `{ say, client }`: `say` posts through the app's WebClient and `client` is that
// WebClient, which retries failed calls up to 10 times with no key. Reads, and an object of our own with an
// `event` method, are clean.
import { App, Assistant } from '@slack/bolt';

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });

app.event('app_mention', async ({ event, say, client }) => {
  const thread = await client.conversations.replies({ channel: event.channel, ts: event.ts });
  await say(`Hi <@${event.user}>, I read ${thread.messages?.length ?? 0} messages.`); // expect: unkeyed-retry
});

app.action('approve_refund', async ({ ack, body, client }) => {
  await ack();
  await client.chat.postMessage({ channel: body.user.id, text: 'Refund approved.' }); // expect: unkeyed-retry
});

const assistant = new Assistant({
  threadStarted: async ({ say, setSuggestedPrompts }) => {
    await say('Hi, how can I help?'); // expect: unkeyed-retry
    await setSuggestedPrompts({ prompts: [{ title: 'Summarise', message: 'Summarise this channel' }] });
  },
  userMessage: async ({ message, say, setStatus }) => {
    await setStatus('thinking…');
    await say(`You said: ${'text' in message ? message.text : ''}`); // expect: unkeyed-retry
  },
});
app.assistant(assistant);

const bus = { event: (_name: string, listener: (args: { say: (text: string) => void }) => void) => listener({ say: console.log }) };
bus.event('local', ({ say }) => say('not Slack'));
