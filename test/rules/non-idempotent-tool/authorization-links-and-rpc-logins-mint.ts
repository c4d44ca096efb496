// README question 6 (minting a short-lived credential repeats nothing) for two more shapes: a POST that mints an OAuth
// authorization link for the person to open (`/oauth-connect`, `/auth-url`) — a repeat hands back another link, the
// first expires unused — and a login named as an RPC method (`accounts.login`) that answers a session before a read.
// A POST that stores the connection itself, and an RPC method that registers an account, are writes.
import { tool } from 'ai';
import { z } from 'zod';

const API = 'https://api.integrations.example.com/v1';
const ACCOUNTS = 'https://accounts.example.com';

async function connectUrl(provider: string, groupRef: string): Promise<string> {
  const res = await fetch(`${API}/oauth-connect`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ provider, groupRef }),
    signal: AbortSignal.timeout(10_000),
  });
  return ((await res.json()) as { url: string }).url;
}

async function session(): Promise<string> {
  const res = await fetch(`${ACCOUNTS}/accounts.login`, {
    method: 'POST',
    body: new URLSearchParams({ loginID: process.env.SHOP_USER ?? '', password: process.env.SHOP_PASSWORD ?? '' }),
    signal: AbortSignal.timeout(10_000),
  });
  return ((await res.json()) as { sessionToken: string }).sessionToken;
}

export const integrationTools = {
  startOAuth: tool({
    description: 'Get a link the user opens to connect a provider',
    inputSchema: z.object({ provider: z.string(), groupRef: z.string() }),
    execute: async ({ provider, groupRef }) => ({ url: await connectUrl(provider, groupRef) }),
  }),
  cartContents: tool({
    description: 'List what is in the shopping cart',
    inputSchema: z.object({}),
    execute: async () => {
      const token = await session();
      const res = await fetch(`${ACCOUNTS}/cart`, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
      return res.json();
    },
  }),
  saveConnection: tool({
    description: 'Store a provider connection',
    inputSchema: z.object({ provider: z.string(), apiKey: z.string() }),
    execute: async ({ provider, apiKey }) => {
      const res = await fetch(`${API}/connections`, { // expect: non-idempotent-tool
        method: 'POST',
        body: JSON.stringify({ provider, apiKey }),
        signal: AbortSignal.timeout(10_000),
      });
      return res.json();
    },
  }),
  register: tool({
    description: 'Register a shop account',
    inputSchema: z.object({ email: z.string(), password: z.string() }),
    execute: async ({ email, password }) => {
      const res = await fetch(`${ACCOUNTS}/accounts.register`, { // expect: non-idempotent-tool
        method: 'POST',
        body: new URLSearchParams({ email, password }),
        signal: AbortSignal.timeout(10_000),
      });
      return res.json();
    },
  }),
};
