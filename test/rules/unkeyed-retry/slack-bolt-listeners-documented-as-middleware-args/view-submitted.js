/**
 * A view submission listener documented the same way: posting the submitted issue is a send on the retrying
 * WebClient; opening the DM (conversations.open returns the existing channel) creates nothing new.
 *
 * @param {import('@slack/bolt').AllMiddlewareArgs & import('@slack/bolt').SlackViewMiddlewareArgs} args
 */
export async function handleIssueSubmitted({ ack, body, client }) {
  await ack();
  const dm = await client.conversations.open({ users: body.user.id });
  await client.chat.postMessage({ channel: dm.channel.id, text: body.view.state.values.issue.text.value }); // expect: unkeyed-retry
}

/**
 * A helper whose argument is documented as something else: its `client` is not Bolt's.
 *
 * @param {import('./local-client.js').Client & { channel: string }} args
 */
export async function notify({ client, channel }) {
  await client.chat.postMessage({ channel, text: 'ping' });
}
