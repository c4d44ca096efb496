// Bolt listeners made by factories (`makeGreeter(store)` returns the listener): the registration in register.js hands
// the factory's call to `app.event`/`app.action`, so the `{ client }` each listener receives is the app's WebClient,
// which retries a failed chat.postMessage (up to 10 times) with no key. A factory whose listener is handed to something
// other than a Bolt registration says nothing about its `client`.

/** member_joined_channel: greet a new member. */
export function makeGreeter(store) {
  return async ({ event, client }) => {
    if (await store.greeted(event.user)) return;
    await client.chat.postMessage({ channel: event.channel, text: `Welcome <@${event.user}>!` }); // expect: unkeyed-retry
  };
}

/** An action answered in the thread of the message whose button was pressed. */
export const makeHelpReply = () => async ({ ack, body, client }) => {
  await ack();
  await client.chat.postMessage({ channel: body.channel.id, thread_ts: body.message.ts, text: 'Here is how I can help.' }); // expect: unkeyed-retry
};

/** Handed to the project's own event bus, not to Bolt. */
export function makeAuditListener() {
  return async ({ client, entry }) => {
    await client.chat.postMessage({ channel: 'audit', text: entry });
  };
}
