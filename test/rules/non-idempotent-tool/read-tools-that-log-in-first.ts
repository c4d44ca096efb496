// MCP tools for a CMS that log in before each request: the login POST answers the admin's
// credentials with a session token (a repeat mints another, the first expires — nothing stored for
// anyone), so the listing tool only reads. The signup tool POSTs a new account: a write, however
// much its body looks like the login's.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import axios from 'axios';
import { z } from 'zod';

const CMS_URL = process.env.CMS_URL ?? 'http://localhost:1337';
let sessionToken: string | undefined;

async function logIn(): Promise<string> {
  const { data } = await axios.post(`${CMS_URL}/admin/login`, {
    email: process.env.CMS_EMAIL,
    password: process.env.CMS_PASSWORD,
  }, { timeout: 10_000 });
  sessionToken = data.token as string;
  return sessionToken;
}

async function signIn(username: string, apiKey: string): Promise<string> {
  const { data } = await axios.post(`${CMS_URL}/api/auth/sign-in`, { username, apiKey }, { timeout: 10_000 });
  return data.token as string;
}

async function listEntries(collection: string) {
  const token = sessionToken ?? (await logIn());
  const { data } = await axios.get(`${CMS_URL}/content-manager/${collection}`, {
    headers: { Authorization: `Bearer ${token}` },
    timeout: 10_000,
  });
  return data;
}

async function signUp(email: string, password: string) {
  const { data } = await axios.post(`${CMS_URL}/api/auth/signup`, { email, password }, { timeout: 10_000 });
  return data;
}

const server = new McpServer({ name: 'cms', version: '1.0.0' });

server.tool('list_entries', { collection: z.string() }, async ({ collection }) => {
  const entries = await listEntries(collection);
  return { content: [{ type: 'text', text: JSON.stringify(entries) }] };
});

server.tool('whoami', { username: z.string(), apiKey: z.string() }, async ({ username, apiKey }) => {
  const token = await signIn(username, apiKey);
  return { content: [{ type: 'text', text: token.slice(0, 8) }] };
});

server.tool('create_account', { email: z.string(), password: z.string() }, async ({ email, password }) => {
  const account = await signUp(email, password); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(account) }] };
});
