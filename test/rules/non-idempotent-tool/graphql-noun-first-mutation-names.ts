// A GraphQL mutation's kind is read from the operation the API runs (its first field) before the client's label for
// it, and from a noun-first name's verb wherever it sits (`productUpdate`, `itemDeleteMedia`, `orderComplete`): an
// update, a delete of known ids or a completion of a known draft sets state (RULES.md: "low confidence at most"). A
// noun-first create (`productVariantsBulkCreate` under an operation labelled as an update) is a create: a finding.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { GraphQLClient, gql } from 'graphql-request';
import { z } from 'zod';

const server = new McpServer({ name: 'shop', version: '1.0.0' });
const shop = new GraphQLClient('https://shop.example.com/admin/api/graphql.json');

const RENAME_HANDLE = gql`
  mutation itemHandleRename($item: ItemInput!) {
    itemUpdate(item: $item) { item { id } }
  }
`;

const DROP_MEDIA = gql`
  mutation itemDeleteMedia($itemId: ID!, $mediaIds: [ID!]!) {
    itemDeleteMedia(itemId: $itemId, mediaIds: $mediaIds) { deletedMediaIds }
  }
`;

const FINISH_DRAFT = gql`
  mutation DraftComplete($id: ID!) {
    draftOrderComplete(id: $id) { draftOrder { id } }
  }
`;

const ADD_VARIANTS = gql`
  mutation UpdateVariantsOfItem($itemId: ID!, $variants: [VariantInput!]!) {
    itemVariantsBulkCreate(itemId: $itemId, variants: $variants) { variants { id } }
  }
`;

server.tool('rename_handle', { id: z.string(), handle: z.string() }, async ({ id, handle }) => {
  const data = await shop.request(RENAME_HANDLE, { item: { id, handle } }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('delete_media', { itemId: z.string(), mediaIds: z.array(z.string()) }, async ({ itemId, mediaIds }) => {
  const data = await shop.request(DROP_MEDIA, { itemId, mediaIds }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('complete_draft', { id: z.string() }, async ({ id }) => {
  const data = await shop.request(FINISH_DRAFT, { id }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.tool('add_variants', { itemId: z.string(), names: z.array(z.string()) }, async ({ itemId, names }) => {
  const data = await shop.request(ADD_VARIANTS, { itemId, variants: names.map((name) => ({ name })) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});
