// @slack/web-api's WebClient retries failed calls with no key, but `conversations.invite` adds each user to the channel
// once (a repeat answers already_in_channel) and `conversations.open` hands back the DM the workspace already holds:
// a retried attempt leaves nothing twice. The welcome message posted after them is new on every attempt: a finding.
import { WebClient } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN, { timeout: 10_000 });

export async function onboard(channel: string, userId: string): Promise<void> {
  await slack.conversations.invite({ channel, users: userId });
  const dm = await slack.conversations.open({ users: userId });
  await slack.chat.postMessage({ channel: dm.channel?.id ?? userId, text: `Welcome to <#${channel}>` }); // expect: unkeyed-retry
}
