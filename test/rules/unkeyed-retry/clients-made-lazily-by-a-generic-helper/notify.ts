// The lazily made WebClient keeps @slack/web-api's default retries (10 over ~30 minutes): a reply posted with no key
// is re-sent after a timeout. Clean: the same post through the client made with retries off, and a read.
import { quietSlack, slack } from './clients';

export async function announceRelease(channel: string, version: string) {
  await slack.chat.postMessage({ channel, text: `Released ${version}` }); // expect: unkeyed-retry
  await quietSlack.chat.postMessage({ channel, text: `Released ${version} (quiet)` });
  await slack.conversations.history({ channel, limit: 1 });
}
