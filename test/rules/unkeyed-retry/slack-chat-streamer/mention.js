import { streamAnswer } from './stream-answer.js';

/**
 * A Bolt listener that streams a model's answer into the thread with `client.chatStream(…)`. The ChatStreamer
 * it returns sends through the app's WebClient (chat.startStream when the first text or chunk is flushed, then
 * appendStream, and stopStream — starting the stream first if nothing was flushed yet), which retries failed
 * calls up to 10 times with no key: a lost response posts the text twice. The appends carry the text; the stop
 * here carries none and only ends the stream (a repeat finds it stopped): clean. A stop that carries the last
 * text posts it: reported.
 *
 * @param {Object} params
 * @param {import("@slack/web-api").WebClient} params.client - Slack web client.
 * @param {any} params.event - The mention.
 */
export const appMention = async ({ client, event }) => {
  const streamer = client.chatStream({ channel: event.channel, thread_ts: event.ts, recipient_team_id: event.team, recipient_user_id: event.user });
  await streamAnswer(streamer, event.text);
  await streamer.stop();
};

/**
 * @param {Object} params
 * @param {import("@slack/web-api").WebClient} params.client - Slack web client.
 * @param {any} params.event - The mention.
 */
export const appMentionWithSignature = async ({ client, event }) => {
  const streamer = client.chatStream({ channel: event.channel, thread_ts: event.ts, recipient_team_id: event.team, recipient_user_id: event.user });
  await streamAnswer(streamer, event.text);
  await streamer.stop({ markdown_text: '\n_Answered by the bot._', blocks: [{ type: 'divider' }] }); // expect: unkeyed-retry
};
