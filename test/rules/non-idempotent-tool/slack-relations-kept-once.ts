// A Slack MCP server calling the Web API over fetch. Adding an emoji reaction or pinning a message is a relation
// Slack keeps once per user: a repeat answers `already_reacted` / `already_pinned` and adds nothing (test/corpus
// README question 27). Posting a message adds a new one every time.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const SLACK_TOKEN = process.env.SLACK_BOT_TOKEN ?? '';

async function slackApi(method: string, params: Record<string, unknown>) {
  const res = await fetch(`https://slack.com/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${SLACK_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(params),
    signal: AbortSignal.timeout(15_000),
  });
  return res.json();
}

const server = new Server({ name: 'slack', version: '1.0.0' }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const args = request.params.arguments as { channel: string; timestamp: string; reaction: string; text: string };
  switch (request.params.name) {
    case 'slack_add_reaction':
      return { content: [{ type: 'text', text: JSON.stringify(await slackApi('reactions.add', { channel: args.channel, timestamp: args.timestamp, name: args.reaction })) }] };
    case 'slack_pin_message':
      return { content: [{ type: 'text', text: JSON.stringify(await slackApi('pins.add', { channel: args.channel, timestamp: args.timestamp })) }] };
    case 'slack_post_message':
      return { content: [{ type: 'text', text: JSON.stringify(await slackApi('chat.postMessage', { channel: args.channel, text: args.text })) }] }; // expect: non-idempotent-tool
    default:
      throw new Error(`unknown tool ${request.params.name}`);
  }
});
