// @azure/cosmos createIfNotExists reads the database or container by the id it is given and creates it only when the
// read finds nothing: a repeat returns the one the first call made (clean). An item created without an id of the
// caller's choosing is a new document on every call (a finding).
import { CosmosClient } from '@azure/cosmos';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const cosmos = new CosmosClient({ endpoint: 'https://notes.documents.azure.com', key: 'k' });
const server = new McpServer({ name: 'notes', version: '1.0.0' });

server.tool('open_notebook', 'Open (or make) a notebook container', { notebook: z.string() }, async ({ notebook }) => {
  const { database } = await cosmos.databases.createIfNotExists({ id: 'notes' });
  const { container } = await database.containers.createIfNotExists({ id: notebook, partitionKey: { paths: ['/pk'] } });
  return { content: [{ type: 'text' as const, text: container.id }] };
});

server.tool('add_note', 'Add a note to a notebook', { notebook: z.string(), text: z.string() }, async ({ notebook, text }) => {
  const container = cosmos.database('notes').container(notebook);
  await container.items.create({ pk: notebook, text }); // expect: non-idempotent-tool
  return { content: [{ type: 'text' as const, text: 'added' }] };
});
