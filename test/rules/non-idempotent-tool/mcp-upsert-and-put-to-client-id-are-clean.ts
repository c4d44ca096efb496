// Writes that land in the same state however often they run: a Prisma upsert (under idempotentHint,
// which it honours), a PUT of the whole document to an id the client chose, a SQL INSERT ... ON
// CONFLICT DO UPDATE and a Drizzle onConflictDoUpdate. No finding.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { PrismaClient } from '@prisma/client';
import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, text, boolean } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { z } from 'zod';

const prisma = new PrismaClient();
const pool = new pg.Pool();
const db = drizzle(pool);
const subscriptions = pgTable('subscriptions', { userId: text('user_id').primaryKey(), topic: text('topic'), active: boolean('active') });
const server = new McpServer({ name: 'workspace', version: '3.1.0' });

server.registerTool(
  'save_preference',
  {
    description: 'Save a user preference',
    inputSchema: { userId: z.string(), key: z.string(), value: z.string() },
    annotations: { idempotentHint: true, destructiveHint: false },
  },
  async ({ userId, key, value }) => {
    await prisma.userPreference.upsert({
      where: { userId_key: { userId, key } },
      create: { userId, key, value },
      update: { value },
    });
    return { content: [{ type: 'text', text: 'saved' }] };
  },
);

server.registerTool(
  'save_document',
  { description: 'Store a document under the id the caller chose', inputSchema: { documentId: z.string().uuid(), title: z.string(), body: z.string() } },
  async ({ documentId, title, body }, extra) => {
    const res = await fetch(`https://docs.example.com/api/documents/${documentId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title, body }),
      signal: extra.signal,
    });
    return { content: [{ type: 'text', text: res.ok ? 'stored' : `failed: ${res.status}` }] };
  },
);

server.tool(
  'record_consent',
  'Record that a user accepted a policy version',
  { userId: z.string(), policyVersion: z.string() },
  async ({ userId, policyVersion }) => {
    await pool.query(
      `INSERT INTO consents (user_id, policy_version, accepted_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id, policy_version) DO UPDATE SET accepted_at = EXCLUDED.accepted_at`,
      [userId, policyVersion],
    );
    return { content: [{ type: 'text', text: 'consent recorded' }] };
  },
);

server.registerTool(
  'subscribe',
  { description: 'Subscribe a user to a topic', inputSchema: { userId: z.string(), topic: z.string() } },
  async ({ userId, topic }) => {
    await db
      .insert(subscriptions)
      .values({ userId, topic, active: true })
      .onConflictDoUpdate({ target: subscriptions.userId, set: { topic, active: true } });
    return { content: [{ type: 'text', text: `subscribed to ${topic}` }] };
  },
);

export { server };
