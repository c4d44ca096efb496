/**
 * A Bolt action listener in JavaScript, its arguments typed by JSDoc: `client` is the app's WebClient, which
 * retries failed calls (up to 10 times over ~30 minutes) with no key — a lost response posts the message twice.
 * Reading the conversation is not a write.
 *
 * @param {Object} params
 * @param {import("@slack/bolt").AckFn<any>} params.ack - Acknowledgement function.
 * @param {import("@slack/web-api").WebClient} params.client - Slack web client.
 */
export const feedbackCallback = async ({ ack, body, client }) => {
  await ack();
  const history = await client.conversations.history({ channel: body.channel.id, limit: 1 });
  await client.chat.postEphemeral({ channel: body.channel.id, user: body.user.id, text: 'Thanks for the feedback!' }); // expect: unkeyed-retry
  return history;
};
