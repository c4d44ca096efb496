// Each Bolt listener hands a helper its own `client` (the app's WebClient, which retries failed calls up to 10 times
// with no key): different values, one package type, so the helper's `client: any` is that WebClient — also a
// destructured parameter every caller's object literal fills with a listener's client. Clean: a helper one of whose
// callers hands it an object of the project's own, and a read.
import { App } from '@slack/bolt';

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });

app.event('app_mention', async ({ event, client }) => {
  await acknowledge(event.channel, client);
  await notify({ channel: event.channel, slack: client });
  await postOrLog(event.channel, client);
});

app.message(async ({ message, client }) => {
  await acknowledge(message.channel, client);
  await notify({ channel: message.channel, slack: client });
});

app.command('/status', async ({ command, ack, client }) => {
  await ack();
  await acknowledge(command.channel_id, client);
  await postOrLog(command.channel_id, { chat: { postMessage: async (args: { channel: string; text: string }) => console.log(args) } });
});

async function acknowledge(channel: string, client: any) {
  await client.conversations.info({ channel });
  await client.chat.postMessage({ channel, text: 'On it.' }); // expect: unkeyed-retry
}

async function notify({ channel, slack }: { channel: string; slack: any }) {
  await slack.chat.postMessage({ channel, text: 'Working on your request.' }); // expect: unkeyed-retry
}

async function postOrLog(channel: string, sink: any) {
  await sink.chat.postMessage({ channel, text: 'Done.' });
}
