// Slack clients known only from written types: a client destructured from what a function-typed parameter returns
// (`getSlack: () => { client: WebClient }`), and a parameter typed `App['client']` (the Bolt App's WebClient). Both
// retry failed calls (up to 10 times) with no key, so a posted message may land twice; reads and a project type's
// string member are clean.
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';

interface Settings {
  botName: string;
}

export function makeAnnouncer(getSlack: () => { client: WebClient; settings: Settings }) {
  return async (channel: string, text: string) => {
    const { client: slack, settings } = getSlack();
    const history = await slack.conversations.history({ channel, limit: 1 });
    if (history.messages?.[0]?.text === text) return;
    await slack.chat.postMessage({ channel, text, username: settings.botName }); // expect: unkeyed-retry
  };
}

export async function postReply(client: App['client'], channel: string, threadTs: string, text: string) {
  const replies = await client.conversations.replies({ channel, ts: threadTs });
  await client.chat.postMessage({ channel, thread_ts: threadTs, text: `${text} (${replies.messages?.length ?? 0})` }); // expect: unkeyed-retry
}

export function botName(name: Settings['botName']) {
  return name.trim();
}
