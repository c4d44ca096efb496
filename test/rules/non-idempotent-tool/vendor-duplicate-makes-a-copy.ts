// A vendor SDK method whose name says it duplicates a record (`items.duplicate(id)`, `duplicateSheet`) makes a copy under
// a new id on every call: a repeat makes a second copy. Updating the same record's fields sets them again: clean.
import { buildClient } from '@datocms/cma-client-node';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const client = buildClient({ apiToken: process.env.DATOCMS_API_TOKEN! });
const server = new McpServer({ name: 'cms', version: '1.0.0' });

server.tool('duplicate_record', { itemId: z.string() }, async ({ itemId }) => {
  const copy = await client.items.duplicate(itemId); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: copy.id }] };
});

server.tool('rename_record', { itemId: z.string(), title: z.string() }, async ({ itemId, title }) => {
  const item = await client.items.update(itemId, { title });
  return { content: [{ type: 'text', text: item.id }] };
});
