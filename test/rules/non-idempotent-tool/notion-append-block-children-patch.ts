// Notion's `PATCH /v1/blocks/{block_id}/children` appends the blocks it is given ("Append block children"): a repeat
// appends them again. A PATCH of a page's properties sets fields to the values given (low confidence, so reported).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'notes', version: '1.0.0' });

async function notion(path: string, method: string, payload: unknown) {
  const res = await fetch(`https://api.notion.com/v1${path}`, {
    method,
    headers: { 'Notion-Version': '2022-06-28', 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(15_000),
  });
  return res.json();
}

server.tool('append_paragraph', { pageId: z.string(), text: z.string() }, async ({ pageId, text }) => {
  const block = { object: 'block', type: 'paragraph', paragraph: { rich_text: [{ type: 'text', text: { content: text } }] } };
  await notion(`/blocks/${pageId}/children`, 'PATCH', { children: [block] }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'appended' }] };
});

server.tool('rename_page', { pageId: z.string(), title: z.string() }, async ({ pageId, title }) => {
  await notion(`/pages/${pageId}`, 'PATCH', { properties: { title: { title: [{ text: { content: title } }] } } }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'renamed' }] };
});
