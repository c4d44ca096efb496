// A shared key-value store read and written back by parallel tasks; AI SDK tools that the SDK runs
// concurrently within one step; a lock and an atomic increment that coordinate the update (clean);
// a sequential loop (clean).
import { Redis } from 'ioredis';
import { Mutex } from 'async-mutex';
import { generateText, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const redis = new Redis();
const carts = new Map<string, Array<{ sku: string; price: number }>>();
const mutex = new Mutex();

export async function recordVisits(pages: string[]) {
  await Promise.all(
    pages.map(async (page) => {
      const summary = await generateText({ model: openai('gpt-5-mini'), prompt: `Summarise ${page}`, abortSignal: AbortSignal.timeout(20_000) });
      const seen = JSON.parse((await redis.get('seen')) ?? '[]') as string[];
      await redis.set('seen', JSON.stringify([...seen, summary.text])); // expect: shared-state-race
    }),
  );
}

export async function recordVisitsAtomically(pages: string[]) {
  await Promise.all(
    pages.map(async (page) => {
      const summary = await generateText({ model: openai('gpt-5-mini'), prompt: `Summarise ${page}`, abortSignal: AbortSignal.timeout(20_000) });
      await redis.incr('visits');
      await redis.rpush('seen', summary.text);
    }),
  );
}

export const addToCart = tool({
  description: 'Add a product to the cart',
  inputSchema: z.object({ userId: z.string(), sku: z.string() }),
  execute: async ({ userId, sku }) => {
    const cart = carts.get(userId) ?? [];
    const res = await fetch(`https://prices.example.com/${sku}`, { signal: AbortSignal.timeout(5_000) });
    const { price } = (await res.json()) as { price: number };
    carts.set(userId, [...cart, { sku, price }]); // expect: shared-state-race
    return { items: cart.length + 1 };
  },
});

export const addToCartLocked = tool({
  description: 'Add a product to the cart',
  inputSchema: z.object({ userId: z.string(), sku: z.string() }),
  execute: async ({ userId, sku }) =>
    mutex.runExclusive(async () => {
      const cart = carts.get(userId) ?? [];
      const res = await fetch(`https://prices.example.com/${sku}`, { signal: AbortSignal.timeout(5_000) });
      const { price } = (await res.json()) as { price: number };
      carts.set(userId, [...cart, { sku, price }]);
      return { items: cart.length + 1 };
    }),
});

export async function shop(request: string) {
  return generateText({ model: openai('gpt-5-mini'), prompt: request, tools: { addToCart, addToCartLocked }, abortSignal: AbortSignal.timeout(60_000) });
}

export async function sequential(pages: string[]) {
  for (const page of pages) {
    const summary = await generateText({ model: openai('gpt-5-mini'), prompt: `Summarise ${page}`, abortSignal: AbortSignal.timeout(20_000) });
    const seen = JSON.parse((await redis.get('seen')) ?? '[]') as string[];
    await redis.set('seen', JSON.stringify([...seen, summary.text]));
  }
}
