// Near-miss: operations that repeat safely, retried freely — GETs, a search sent as POST, a PUT
// to an id the client chose, and a database upsert keyed by a business id.
import pRetry from 'p-retry';
import retry from 'async-retry';
import { backOff } from 'exponential-backoff';
import axios from 'axios';
import { PrismaClient } from '@prisma/client';
import { tool } from 'ai';
import { z } from 'zod';

const prisma = new PrismaClient();
const docs = axios.create({ baseURL: 'https://search.example.com', timeout: 8_000 });

export const searchDocs = tool({
  description: 'Search the product documentation',
  inputSchema: z.object({ query: z.string(), limit: z.number().int().max(20).default(5) }),
  execute: async ({ query, limit }, { abortSignal }) => {
    const { data } = await pRetry(() => docs.post('/v1/documents/search', { query, limit }, { signal: abortSignal }), {
      retries: 3,
      randomize: true,
    });
    return data.hits;
  },
});

export const getWeather = tool({
  description: 'Current weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }, { abortSignal }) =>
    retry(
      async () => {
        const res = await fetch(`https://weather.example.com/v1/current?city=${encodeURIComponent(city)}`, { signal: abortSignal });
        if (!res.ok) throw new Error(`weather ${res.status}`);
        return res.json();
      },
      { retries: 3, randomize: true },
    ),
});

export const saveDraft = tool({
  description: 'Save the user’s draft document',
  inputSchema: z.object({ draftId: z.string().uuid(), title: z.string(), body: z.string() }),
  execute: async ({ draftId, title, body }, { abortSignal }) =>
    backOff(
      async () => {
        const res = await fetch(`https://docs.example.com/api/drafts/${draftId}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title, body }),
          signal: abortSignal,
        });
        if (!res.ok) throw new Error(`docs ${res.status}`);
        return { saved: true };
      },
      { numOfAttempts: 4, jitter: 'full' },
    ),
});

export const rememberPreference = tool({
  description: 'Remember a user preference',
  inputSchema: z.object({ userId: z.string(), key: z.string(), value: z.string() }),
  execute: async ({ userId, key, value }) =>
    pRetry(
      () =>
        prisma.preference.upsert({
          where: { userId_key: { userId, key } },
          create: { userId, key, value },
          update: { value },
        }),
      { retries: 2, randomize: true },
    ),
});
