// Test corpus README question 15: a store write under a key made fresh for each call adds a second record when the
// tool runs again — an Upstash `redis.set` of `plan:${randomUUID()}`, a LangGraph `store.put` under `memoryId ||
// uuidv4()`, an S3 object whose key is built (through consts and string methods) from `crypto.randomUUID()`, a
// DynamoDB item whose id is `randomUUID()`, an `INSERT … ON CONFLICT (id)` whose id is bound to `randomUUID()`. Clean: the same writes under a key derived from the input (a set by its
// key repeats the same record), and an item written under a stable id that only carries a fresh timestamp.
import { randomUUID } from 'node:crypto';
import { tool } from 'ai';
import { Redis } from '@upstash/redis';
import { InMemoryStore } from '@langchain/langgraph';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { v4 as uuidv4 } from 'uuid';
import { Pool } from 'pg';
import { z } from 'zod';

const redis = Redis.fromEnv();
const store = new InMemoryStore();
const s3 = new S3Client({});
const dynamo = new DynamoDBClient({});
const pool = new Pool();

export const savePlan = tool({
  description: 'Save a travel plan',
  inputSchema: z.object({ title: z.string(), planId: z.string().optional() }),
  execute: async ({ title, planId }) => {
    if (planId) {
      await redis.set(`plan:${planId}`, { title });
      return planId;
    }
    const id = randomUUID();
    await redis.set(`plan:${id}`, { title }); // expect: non-idempotent-tool
    return id;
  },
});

export const remember = tool({
  description: 'Store a memory about the user',
  inputSchema: z.object({ userId: z.string(), content: z.string(), memoryId: z.string().optional() }),
  execute: async ({ userId, content, memoryId }) => {
    const key = memoryId || uuidv4();
    await store.put(['memories', userId], key, { content }); // expect: non-idempotent-tool
    await store.put(['profiles'], userId, { lastSeen: content });
    return key;
  },
});

export const saveImage = tool({
  description: 'Store a generated image',
  inputSchema: z.object({ data: z.string(), name: z.string() }),
  execute: async ({ data, name }) => {
    const imageId = crypto.randomUUID();
    const shard = imageId.slice(-2);
    const key = `images/${shard}/${imageId}.png`;
    await s3.send(new PutObjectCommand({ Bucket: 'images', Key: key, Body: Buffer.from(data, 'base64') })); // expect: non-idempotent-tool
    await s3.send(new PutObjectCommand({ Bucket: 'images', Key: `named/${name}.png`, Body: Buffer.from(data, 'base64'), Metadata: { savedAt: String(Date.now()) } }));
    return key;
  },
});

export const recordVisit = tool({
  description: 'Record a visit',
  inputSchema: z.object({ visitorId: z.string(), page: z.string() }),
  execute: async ({ visitorId, page }) => {
    await dynamo.send(new PutItemCommand({ TableName: 'visits', Item: { id: { S: randomUUID() }, page: { S: page } } })); // expect: non-idempotent-tool
    await dynamo.send(new PutItemCommand({ TableName: 'visitors', Item: { id: { S: visitorId }, lastSeen: { N: String(Date.now()) } } }));
  },
});

export const saveLink = tool({
  description: 'Save a shared link',
  inputSchema: z.object({ url: z.string(), linkId: z.string() }),
  execute: async ({ url, linkId }) => {
    const id = randomUUID();
    const sql = 'INSERT INTO links (id, url, saved_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING';
    await pool.query(sql, [id, url, Date.now()]); // expect: non-idempotent-tool
    await pool.query('INSERT INTO links (id, url, saved_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [linkId, url, Date.now()]);
  },
});
