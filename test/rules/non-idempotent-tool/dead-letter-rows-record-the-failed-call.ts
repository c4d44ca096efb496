// test/corpus/README.md question 45: a dead-letter row the tool writes when its real effect failed (`INSERT INTO
// dead_letters` in the catch, a `DeadLetter` model) parks the failed call for a person; it records the call, it is not
// the tool's side effect. The SMS the tool sends is: a repeat sends a second one.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { PrismaClient } from '@prisma/client';
import { Pool } from 'pg';
import { z } from 'zod';

const server = new McpServer({ name: 'notify', version: '1.0.0' });
const prisma = new PrismaClient();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function sendSms(to: string, body: string): Promise<string> {
  const response = await fetch('https://sms.example.com/v2/outbound-sms', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ to, body }),
    signal: AbortSignal.timeout(15_000),
  });
  const sent = (await response.json()) as { id: string };
  return sent.id;
}

server.tool('send_sms', { to: z.string(), body: z.string() }, async ({ to, body }) => {
  try {
    const id = await sendSms(to, body); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: `sent ${id}` }] };
  } catch (err) {
    await pool.query('INSERT INTO dead_letters (channel, recipient, body, error) VALUES ($1, $2, $3, $4)', ['sms', to, body, String(err)]);
    return { content: [{ type: 'text', text: 'send failed, parked for review' }], isError: true };
  }
});

server.tool('check_number', { to: z.string() }, async ({ to }) => {
  try {
    const response = await fetch(`https://sms.example.com/v1/lookup/${encodeURIComponent(to)}`, { signal: AbortSignal.timeout(15_000) });
    return { content: [{ type: 'text', text: await response.text() }] };
  } catch (err) {
    await prisma.deadLetter.create({ data: { channel: 'lookup', recipient: to, error: String(err) } });
    return { content: [{ type: 'text', text: 'lookup failed' }], isError: true };
  }
});
