// A Bolt view listener written apart from its registration (app.view(…) is elsewhere) and typed by its
// parameter: `client` is the app's WebClient, which retries failed calls (up to 10 times) with no key.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import type { Notifier } from './notifier.js';

const viewSubmitted = async ({ ack, view, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs) => {
  await ack();
  const text = view.state.values.input?.value?.value ?? '';
  await client.chat.postMessage({ channel: body.user.id, text }); // expect: unkeyed-retry
  await client.reactions.add({ channel: body.user.id, name: 'white_check_mark', timestamp: view.id });
};

export default viewSubmitted;

/** Near-miss: a helper whose argument is typed as something of the project's: its `client` is not Bolt's. */
export async function notify({ client, channel }: Notifier & { channel: string }) {
  await client.chat.postMessage({ channel, text: 'ping' });
}
