// Writes through command-based and action-based clients (not installed here, matched by import
// specifier), in VoltAgent tools: an SQS SendMessage, a DynamoDB item put under a fresh id, a DynamoDB
// ADD (an increment), an Octokit review, a VoltOps Slack post. Clean: receiving messages, a FIFO send
// deduplicated on the order id, an item put to its own key, reading an item, listing review comments,
// listing Airtable records through VoltOps.
import { DynamoDBClient, GetItemCommand, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { Octokit } from '@octokit/rest';
import { createTool, VoltOpsClient } from '@voltagent/core';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

const sqs = new SQSClient({});
const ddb = new DynamoDBClient({});
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, request: { timeout: 10_000 } });
const voltOps = new VoltOpsClient({ publicKey: process.env.VOLTAGENT_PUBLIC_KEY!, secretKey: process.env.VOLTAGENT_SECRET_KEY! });
const QUEUE = process.env.QUEUE_URL!;

export const enqueueJob = createTool({
  name: 'enqueueJob',
  description: 'Queue a render job',
  parameters: z.object({ document: z.string() }),
  execute: async ({ document }) => sqs.send(new SendMessageCommand({ QueueUrl: QUEUE, MessageBody: document })), // expect: non-idempotent-tool
});

export const enqueueOrder = createTool({
  name: 'enqueueOrder',
  description: 'Queue an order for fulfilment',
  parameters: z.object({ orderId: z.string() }),
  execute: async ({ orderId }) =>
    sqs.send(new SendMessageCommand({ QueueUrl: `${QUEUE}.fifo`, MessageBody: orderId, MessageGroupId: 'orders', MessageDeduplicationId: orderId })),
});

export const pendingJobs = createTool({
  name: 'pendingJobs',
  description: 'Peek at pending jobs',
  parameters: z.object({}),
  execute: async () => sqs.send(new ReceiveMessageCommand({ QueueUrl: QUEUE, MaxNumberOfMessages: 5 })),
});

export const saveNote = createTool({
  name: 'saveNote',
  description: 'Save a note',
  parameters: z.object({ text: z.string() }),
  execute: async ({ text }) => {
    const command = new PutItemCommand({ TableName: 'notes', Item: { id: { S: randomUUID() }, text: { S: text } } });
    return ddb.send(command); // expect: non-idempotent-tool
  },
});

export const saveProfile = createTool({
  name: 'saveProfile',
  description: 'Save a user profile',
  parameters: z.object({ userId: z.string(), name: z.string() }),
  execute: async ({ userId, name }) => ddb.send(new PutItemCommand({ TableName: 'profiles', Item: { id: { S: userId }, name: { S: name } } })),
});

export const awardPoints = createTool({
  name: 'awardPoints',
  description: 'Award loyalty points',
  parameters: z.object({ userId: z.string(), points: z.number() }),
  execute: async ({ userId, points }) =>
    ddb.send(new UpdateItemCommand({ // expect: non-idempotent-tool
      TableName: 'loyalty',
      Key: { id: { S: userId } },
      UpdateExpression: 'ADD points :p',
      ExpressionAttributeValues: { ':p': { N: String(points) } },
    })),
});

export const getProfile = createTool({
  name: 'getProfile',
  description: 'Read a user profile',
  parameters: z.object({ userId: z.string() }),
  execute: async ({ userId }) => ddb.send(new GetItemCommand({ TableName: 'profiles', Key: { id: { S: userId } } })),
});

export const reviewPullRequest = createTool({
  name: 'reviewPullRequest',
  description: 'Leave a review on a pull request',
  parameters: z.object({ owner: z.string(), repo: z.string(), pull: z.number(), body: z.string() }),
  execute: async ({ owner, repo, pull, body }) =>
    octokit.rest.pulls.createReview({ owner, repo, pull_number: pull, body, event: 'COMMENT' }), // expect: non-idempotent-tool
});

export const reviewComments = createTool({
  name: 'reviewComments',
  description: 'List the review comments of a pull request',
  parameters: z.object({ owner: z.string(), repo: z.string(), pull: z.number() }),
  execute: async ({ owner, repo, pull }) => octokit.rest.pulls.listReviewComments({ owner, repo, pull_number: pull }),
});

export const notifySlack = createTool({
  name: 'notifySlack',
  description: 'Post to Slack',
  parameters: z.object({ channelId: z.string(), text: z.string() }),
  execute: async ({ channelId, text }) =>
    voltOps.actions.slack.postMessage({ credential: { credentialId: process.env.SLACK_CREDENTIAL_ID! }, channelId, text }), // expect: non-idempotent-tool
});

export const listRecords = createTool({
  name: 'listRecords',
  description: 'List Airtable records',
  parameters: z.object({ baseId: z.string(), tableId: z.string() }),
  execute: async ({ baseId, tableId }) => voltOps.actions.airtable.listRecords({ credential: { credentialId: 'airtable' }, baseId, tableId }),
});
