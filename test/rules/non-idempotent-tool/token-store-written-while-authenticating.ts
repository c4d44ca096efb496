// Every tool of this bookkeeping server first gets an access token; when the cached one has expired, the
// refresh stores the new access and refresh tokens (a Prisma row, a cache file) before the request goes out.
// That store is how the client logs in, as the token request is (README question 6): the listing tool only reads. The invoice tool
// still creates an invoice (a finding), the note tool still stores a new note row even though it names the
// account's token in it (a record without a refresh token or an expiry is no credential), and the feed tool
// still posts a message whose body carries an access token (a request that sends a token is not its store).
import { appendFile } from 'node:fs/promises';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { PrismaClient } from '@prisma/client';
import { z } from 'zod';

const prisma = new PrismaClient();
const API = 'https://books.example.com/api/v3';
const TOKEN_URL = 'https://books.example.com/oauth/token';
const server = new McpServer({ name: 'bookkeeping', version: '1.0.0' });

interface Grant {
  access_token: string;
  refresh_token: string;
  expires_in: number;
}

async function refreshGrant(refreshToken: string): Promise<Grant> {
  const res = await fetch(TOKEN_URL, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
    signal: AbortSignal.timeout(10_000),
  });
  return (await res.json()) as Grant;
}

let cached: { token: string; refreshToken: string; expiresAt: number } | undefined;

async function accessToken(accountId: string): Promise<string> {
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  const grant = await refreshGrant(cached?.refreshToken ?? process.env.BOOKS_REFRESH_TOKEN ?? '');
  const expiresAt = Date.now() + grant.expires_in * 1000;
  cached = { token: grant.access_token, refreshToken: grant.refresh_token, expiresAt };
  await prisma.oauthSession.create({
    data: { accountId, accessToken: grant.access_token, refreshToken: grant.refresh_token, expiresAt },
  });
  await appendFile('/tmp/books-session.jsonl', JSON.stringify({ access_token: grant.access_token, expires_at: expiresAt }) + '\n');
  return grant.access_token;
}

server.registerTool(
  'list_invoices',
  { description: 'List the invoices of an account', inputSchema: { accountId: z.string() } },
  async ({ accountId }) => {
    const token = await accessToken(accountId);
    const res = await fetch(`${API}/accounts/${accountId}/invoices`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    });
    return { content: [{ type: 'text', text: await res.text() }] };
  },
);

server.registerTool(
  'create_invoice',
  { description: 'Create an invoice', inputSchema: { accountId: z.string(), amount: z.number() } },
  async ({ accountId, amount }) => {
    const token = await accessToken(accountId);
    const res = await fetch(`${API}/accounts/${accountId}/invoices`, { // expect: non-idempotent-tool
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ amount }),
      signal: AbortSignal.timeout(10_000),
    });
    return { content: [{ type: 'text', text: await res.text() }] };
  },
);

server.registerTool(
  'add_note',
  { description: 'Add a note to an account', inputSchema: { accountId: z.string(), text: z.string() } },
  async ({ accountId, text }) => {
    const token = await accessToken(accountId);
    await prisma.note.create({ data: { accountId, text, accessToken: token } }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: 'noted' }] };
  },
);

server.registerTool(
  'post_to_feed',
  { description: 'Post a message to the page feed', inputSchema: { pageId: z.string(), message: z.string() } },
  async ({ pageId, message }) => {
    const res = await fetch(`https://graph.example.com/${pageId}/feed`, { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify({ message, access_token: process.env.PAGE_TOKEN, refresh_token: process.env.PAGE_REFRESH }),
      signal: AbortSignal.timeout(10_000),
    });
    return { content: [{ type: 'text', text: await res.text() }] };
  },
);
