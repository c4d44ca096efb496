// Retried POSTs whose repeat makes nothing new: joining a Slack channel (a membership kept once: a repeat
// answers `already_in_channel`, README question 27) and minting a portal link that expires (question 6).
// The message post beside them is a send: a finding.
import axios from 'axios';
import pRetry from 'p-retry';

const headers = { Authorization: `Bearer ${process.env.SLACK_BOT_TOKEN}` };

export async function joinAndPost(channel: string, text: string) {
  await pRetry(() => axios.post('https://slack.com/api/conversations.join', { channel }, { headers, timeout: 10_000 }));
  await pRetry(() => axios.post('https://slack.com/api/chat.postMessage', { channel, text }, { headers, timeout: 10_000 })); // expect: unkeyed-retry
}

export async function portalLink(baseUrl: string) {
  const res = await pRetry(() => fetch(`${baseUrl}/v1/authenticate`, { method: 'POST', body: '{}', signal: AbortSignal.timeout(10_000) }));
  return (await res.json()) as { portalUrl: string; expiresAt: string };
}
