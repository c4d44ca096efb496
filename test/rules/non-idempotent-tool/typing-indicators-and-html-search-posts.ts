// Two POSTs that store nothing: a chat widget's typing indicator (shown for a few seconds, question 6) and DuckDuckGo's
// HTML endpoint, which takes the search query as a POSTed form (a search: RULES.md "read-only also when sent as
// POST"). The chat message the same widget API posts is new on every call.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const WIDGET = 'https://widget.example.com/api';
const server = new McpServer({ name: 'support-chat', version: '1.0.0' });

async function widgetPost(path: string, body: unknown) {
  const res = await fetch(`${WIDGET}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
  return res.json();
}

server.tool('show_typing', { visitorId: z.string() }, async ({ visitorId }) => {
  return { content: [{ type: 'text', text: JSON.stringify(await widgetPost('/live-chat/typing', { visitorId, isTyping: true })) }] };
});

server.tool('reply_to_visitor', { visitorId: z.string(), text: z.string() }, async ({ visitorId, text }) => {
  return { content: [{ type: 'text', text: JSON.stringify(await widgetPost('/live-chat/messages', { visitorId, text })) }] }; // expect: non-idempotent-tool
});

server.tool('web_search', { query: z.string() }, async ({ query }) => {
  const res = await fetch('https://html.duckduckgo.com/html/', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ q: query }).toString(),
    signal: AbortSignal.timeout(10_000),
  });
  return { content: [{ type: 'text', text: (await res.text()).slice(0, 4000) }] };
});
