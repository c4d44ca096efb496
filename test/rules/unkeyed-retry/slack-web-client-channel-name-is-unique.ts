// @slack/web-api's WebClient retries failed calls with no key. A channel is created under its name, which Slack keeps
// unique in the workspace: a retried `conversations.create` after the first attempt landed is refused with `name_taken`
// and makes no second channel (question 19). The announcement posted in it is new on every attempt: a finding.
import { WebClient } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN, { timeout: 10_000 });

export async function openIncidentRoom(incident: string): Promise<string | undefined> {
  const room = await slack.conversations.create({ name: `inc-${incident.toLowerCase()}`, is_private: false });
  const id = room.channel?.id;
  if (id) await slack.chat.postMessage({ channel: id, text: `Incident ${incident} room is open` }); // expect: unkeyed-retry
  return id;
}
