// A GraphQL request whose document is a `mutation` is a write, whatever sends it: a graphql-request
// client, a project API class, an Apollo-style `mutate({ mutation })`; the document may be a literal, a
// `gql` template, or a const in the same file. The operation's name (or first field) says which write:
// a create is a finding; an update or delete of a known id is low confidence at most (RULES.md). Clean:
// queries, and the document text passed to JSON.stringify or a logger (they do not send it).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { GraphQLClient, gql } from 'graphql-request';
import { z } from 'zod';
import { MondayApi } from './monday-api.js';

const server = new McpServer({ name: 'boards', version: '1.0.0' });
const graph = new GraphQLClient('https://api.example.com/graphql');
const monday = new MondayApi(process.env.MONDAY_TOKEN!);

const CREATE_ITEM = gql`
  mutation CreateItem($boardId: ID!, $name: String!) {
    create_item(board_id: $boardId, item_name: $name) { id }
  }
`;

const BOARD_ITEMS = `
  query BoardItems($boardId: ID!) {
    boards(ids: [$boardId]) { items_page { items { id name } } }
  }
`;

const RENAME_ITEM = `mutation { change_simple_column_value(item_id: 1, board_id: 2, column_id: "name", value: "x") { id } }`;

server.tool('create_item', { boardId: z.string(), name: z.string() }, async ({ boardId, name }) => {
  const result = await graph.request(CREATE_ITEM, { boardId, name }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});

server.tool('create_update', { itemId: z.string(), body: z.string() }, async ({ itemId, body }) => {
  const result = await monday.request(`mutation { create_update(item_id: ${itemId}, body: "${body}") { id } }`); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});

server.tool('list_items', { boardId: z.string() }, async ({ boardId }) => {
  const result = await graph.request(BOARD_ITEMS, { boardId });
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});

server.tool('log_create_document', {}, async () => {
  console.log(JSON.stringify({ query: CREATE_ITEM }));
  return { content: [{ type: 'text', text: 'logged' }] };
});

server.tool('rename_item', {}, async () => {
  const result = await monday.request(RENAME_ITEM); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});
