// "read-only tools (… search, retrieval — also when sent as POST)": a portfolio API that looks records up by a key
// named in the path (`/assets/tokens/by-address`, `/transactions/history/by-address`) and a price calculator
// (`/v1/pricing`) answer with data and store nothing, though each request is a POST with a JSON body. Adding an
// address to a watchlist stores it: a write.
import { tool } from 'ai';
import axios from 'axios';
import { z } from 'zod';

const DATA_API = 'https://api.example-chain-data.com/data/v1';
const http = axios.create({ baseURL: DATA_API, timeout: 15_000 });

export const tokensByWallet = tool({
  description: 'List the tokens a wallet holds',
  inputSchema: z.object({ address: z.string(), networks: z.array(z.string()) }),
  execute: async ({ address, networks }) => (await http.post('/assets/tokens/by-address', { addresses: [{ address, networks }] })).data,
});

export const transactionHistory = tool({
  description: 'Recent transactions of a wallet',
  inputSchema: z.object({ address: z.string(), limit: z.number() }),
  execute: async ({ address, limit }) => (await http.post('/transactions/history/by-address', { addresses: [{ address }], limit })).data,
});

export const computePrice = tool({
  description: 'Price a compute lease for given resources',
  inputSchema: z.object({ cpu: z.number(), memory: z.number() }),
  execute: async ({ cpu, memory }) => (await http.post('/pricing', { cpu, memory })).data,
});

export const watchWallet = tool({
  description: 'Add a wallet to the watchlist',
  inputSchema: z.object({ address: z.string() }),
  execute: async ({ address }) => (await http.post('/watchlist', { address })).data, // expect: non-idempotent-tool
});
