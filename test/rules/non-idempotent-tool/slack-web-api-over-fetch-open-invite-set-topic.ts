// Slack's Web API called with fetch: `conversations.open` answers the DM or group DM the workspace already holds for
// those users, `conversations.invite` adds a member once (a repeat is refused with already_in_channel), and
// `conversations.setTopic` sets the topic to a given value (low confidence at most). A
// message posted with `chat.postMessage` beside them is new on every call: a finding.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'team-chat', version: '1.2.0' });
const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.SLACK_BOT_TOKEN}` };

server.registerTool('start_group_chat', { inputSchema: { userIds: z.array(z.string()), topic: z.string() } }, async ({ userIds, topic }) => {
  const opened = await fetch('https://slack.com/api/conversations.open', {
    method: 'POST', headers, body: JSON.stringify({ users: userIds.join(',') }), signal: AbortSignal.timeout(10_000),
  });
  const { channel } = (await opened.json()) as { channel: { id: string } };
  await fetch('https://slack.com/api/conversations.setTopic', { // expect: non-idempotent-tool confidence=low
    method: 'POST', headers, body: JSON.stringify({ channel: channel.id, topic }), signal: AbortSignal.timeout(10_000),
  });
  return { content: [{ type: 'text', text: channel.id }] };
});

server.registerTool('add_to_channel', { inputSchema: { channel: z.string(), userId: z.string() } }, async ({ channel, userId }) => {
  const res = await fetch('https://slack.com/api/conversations.invite', {
    method: 'POST', headers, body: JSON.stringify({ channel, users: userId }), signal: AbortSignal.timeout(10_000),
  });
  return { content: [{ type: 'text', text: String(res.ok) }] };
});

server.registerTool('announce', { inputSchema: { channel: z.string(), text: z.string() } }, async ({ channel, text }) => {
  const res = await fetch('https://slack.com/api/chat.postMessage', { // expect: non-idempotent-tool
    method: 'POST', headers, body: JSON.stringify({ channel, text }), signal: AbortSignal.timeout(10_000),
  });
  return { content: [{ type: 'text', text: String(res.ok) }] };
});
