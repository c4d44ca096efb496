/**
 * A Bolt listener in JavaScript whose one parameter is documented as Bolt's listener arguments
 * (`AllMiddlewareArgs & SlackEventMiddlewareArgs<…>`): `say` posts through the app's WebClient and `client` is that
 * WebClient, which retries failed calls (up to 10 times over ~30 minutes) with no key. Reading history, adding a
 * reaction (a repeat fails with already_reacted) and setting the status create nothing new.
 *
 * @param {import('@slack/bolt').AllMiddlewareArgs & import('@slack/bolt').SlackEventMiddlewareArgs<'app_mention'>} args
 * @returns {Promise<void>}
 */
export async function handleAppMentioned({ client, event, say, sayStream, setStatus }) {
  if (!event.text) {
    await say({ text: 'How can I help?', thread_ts: event.ts }); // expect: unkeyed-retry
    return;
  }
  await client.reactions.add({ channel: event.channel, timestamp: event.ts, name: 'eyes' });
  await setStatus({ status: 'thinking…' });
  const history = await client.conversations.replies({ channel: event.channel, ts: event.thread_ts ?? event.ts });
  const streamer = sayStream();
  await streamer.append({ markdown_text: `Read ${history.messages?.length ?? 0} messages.` }); // expect: unkeyed-retry
  await streamer.stop({ blocks: [{ type: 'divider' }] });
  await client.chat.postEphemeral({ channel: event.channel, user: event.user, text: 'Done.' }); // expect: unkeyed-retry
}
