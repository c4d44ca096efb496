// Creates whose repeat makes nothing new: a DynamoDB table under a given name (a second CreateTable of the name is
// refused with ResourceInUseException), labels added to a GitHub issue (a set the issue keeps each label in once), and
// Shopify Admin GraphQL mutations that add to a set (`tagsAdd`, `collectionAddProducts`), mint a temporary upload
// target (`stagedUploadsCreate`), are refused on a repeat (`productOptionsCreate`, `webhookSubscriptionCreate`) or
// set positions (`productVariantsBulkReorder`, low confidence). Findings beside them: a DynamoDB backup (a new one
// every call), an issue comment, a Shopify product create.
import { CreateBackupCommand, CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Octokit } from '@octokit/rest';
import { GraphQLClient } from 'graphql-request';
import { tool } from 'ai';
import { z } from 'zod';

const ddb = new DynamoDBClient({ maxAttempts: 1 });
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, request: { timeout: 10_000 } });
const shop = new GraphQLClient(`https://${process.env.SHOP}.myshopify.com/admin/api/2025-01/graphql.json`);

const TAGS_ADD = /* GraphQL */ `
  mutation AddTags($id: ID!, $tags: [String!]!) {
    tagsAdd(id: $id, tags: $tags) { userErrors { field message } }
  }
`;
const ADD_TO_COLLECTION = `mutation CollectionAddProducts($id: ID!, $productIds: [ID!]!) {
  collectionAddProducts(id: $id, productIds: $productIds) { userErrors { message } }
}`;
const STAGE_UPLOAD = `mutation StageUpload($input: [StagedUploadInput!]!) { stagedUploadsCreate(input: $input) { stagedTargets { url } } }`;
const ADD_OPTION = `mutation AddOption($productId: ID!, $options: [OptionCreateInput!]!) { productOptionsCreate(productId: $productId, options: $options) { userErrors { message } } }`;
const SUBSCRIBE = `mutation Subscribe($topic: WebhookSubscriptionTopic!, $sub: WebhookSubscriptionInput!) { webhookSubscriptionCreate(topic: $topic, webhookSubscription: $sub) { userErrors { message } } }`;
const REORDER = `mutation Reorder($productId: ID!, $positions: [ProductVariantPositionInput!]!) { productVariantsBulkReorder(productId: $productId, positions: $positions) { userErrors { message } } }`;
const CREATE_PRODUCT = `mutation CreateProduct($product: ProductCreateInput!) { productCreate(product: $product) { product { id } } }`;

export const createTable = tool({
  description: 'Create a DynamoDB table',
  inputSchema: z.object({ name: z.string(), key: z.string() }),
  execute: async ({ name, key }) => ddb.send(new CreateTableCommand({
    TableName: name,
    KeySchema: [{ AttributeName: key, KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }],
    BillingMode: 'PAY_PER_REQUEST',
  })),
});

export const backupTable = tool({
  description: 'Back up a DynamoDB table',
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => ddb.send(new CreateBackupCommand({ TableName: name, BackupName: `${name}-manual` })), // expect: non-idempotent-tool
});

export const triageIssue = tool({
  description: 'Label an issue and explain why',
  inputSchema: z.object({ owner: z.string(), repo: z.string(), issue: z.number(), labels: z.array(z.string()), note: z.string() }),
  execute: async ({ owner, repo, issue, labels, note }) => {
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: issue, labels });
    await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: note }); // expect: non-idempotent-tool
    return 'triaged';
  },
});

export const addTags = tool({
  description: 'Tag a product',
  inputSchema: z.object({ id: z.string(), tags: z.array(z.string()) }),
  execute: async ({ id, tags }) => shop.request(TAGS_ADD, { id, tags }),
});

export const addToCollection = tool({
  description: 'Put products in a collection',
  inputSchema: z.object({ id: z.string(), productIds: z.array(z.string()) }),
  execute: async ({ id, productIds }) => shop.request(ADD_TO_COLLECTION, { id, productIds }),
});

export const stageUpload = tool({
  description: 'Get an upload target for an image',
  inputSchema: z.object({ filename: z.string(), mimeType: z.string() }),
  execute: async ({ filename, mimeType }) => shop.request(STAGE_UPLOAD, { input: [{ filename, mimeType, resource: 'IMAGE', httpMethod: 'POST' }] }),
});

export const addOption = tool({
  description: 'Add an option to a product',
  inputSchema: z.object({ productId: z.string(), name: z.string(), values: z.array(z.string()) }),
  execute: async ({ productId, name, values }) => shop.request(ADD_OPTION, { productId, options: [{ name, values: values.map((value) => ({ name: value })) }] }),
});

export const subscribe = tool({
  description: 'Subscribe an endpoint to order webhooks',
  inputSchema: z.object({ callbackUrl: z.string() }),
  execute: async ({ callbackUrl }) => shop.request(SUBSCRIBE, { topic: 'ORDERS_CREATE', sub: { callbackUrl, format: 'JSON' } }),
});

export const reorderVariants = tool({
  description: 'Reorder the variants of a product',
  inputSchema: z.object({ productId: z.string(), order: z.array(z.string()) }),
  execute: async ({ productId, order }) => shop.request(REORDER, { productId, positions: order.map((id, i) => ({ id, position: i + 1 })) }), // expect: non-idempotent-tool confidence=low
});

export const createProduct = tool({
  description: 'Create a product',
  inputSchema: z.object({ title: z.string() }),
  execute: async ({ title }) => shop.request(CREATE_PRODUCT, { product: { title } }), // expect: non-idempotent-tool
});
