// test/corpus/README.md question 45: a tool writing a row to its own log table records the call; that row is not
// the tool's side effect — clean. The post the tool publishes is: a repeat publishes it twice.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { Pool } from 'pg';
import { z } from 'zod';

const server = new McpServer({ name: 'publisher', version: '1.0.0' });
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function recordAttempt(userId: string, text: string): Promise<number> {
  const result = await pool.query('INSERT INTO publish_logs (user_id, content, status) VALUES ($1, $2, $3) RETURNING id', [userId, text, 'pending']);
  return result.rows[0].id as number;
}

async function publishPost(userId: string, text: string): Promise<number> {
  const result = await pool.query('INSERT INTO posts (author_id, body) VALUES ($1, $2) RETURNING id', [userId, text]);
  return result.rows[0].id as number;
}

server.tool('publish', { userId: z.string(), text: z.string() }, async ({ userId, text }) => {
  await recordAttempt(userId, text);
  const id = await publishPost(userId, text); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: `published ${id}` }] };
});
