// Near-misses: a function with no signal (missing-deadline's business, not this rule's), options we
// cannot see into, a nested function that declares its own signal, and a handler whose framework
// parameter is not declared.
import { tool } from 'ai';
import { z } from 'zod';

export async function ping(url: string) {
  return fetch(url, { signal: AbortSignal.timeout(3_000) });
}

export async function forward(url: string, init: RequestInit, signal: AbortSignal) {
  return fetch(url, init);
}

export function makeClient(signal: AbortSignal) {
  return {
    get: (url: string, own: AbortSignal) => fetch(url, { signal: own }),
  };
}

export const status = tool({
  description: 'Service status',
  inputSchema: z.object({}),
  execute: async () => {
    const res = await fetch('https://status.example.com/api/v2/status.json', { signal: AbortSignal.timeout(5_000) });
    return res.json();
  },
});
