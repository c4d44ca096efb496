// A helper that reaches the global fetch through the global object (`(globalThis as any).fetch`, kept in a variable so
// tests can swap it) with the method its caller passes: the create tool POSTs a new booking on every call; the lookup
// tool GETs.
import { tool } from '@openai/agents';
import { z } from 'zod';

async function requestJson(method: string, path: string, body?: unknown) {
  const fetchFn: any = (globalThis as any).fetch;
  const response = await fetchFn(new URL(path, 'https://bookings.example.com').toString(), {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

export const createBooking = tool({
  name: 'create_booking',
  description: 'Book a slot',
  parameters: z.object({ slot: z.string(), name: z.string() }),
  execute: async ({ slot, name }) => JSON.stringify(await requestJson('POST', '/bookings', { slot, name })), // expect: non-idempotent-tool
});

export const getBooking = tool({
  name: 'get_booking',
  description: 'Look a booking up',
  parameters: z.object({ id: z.string() }),
  execute: async ({ id }) => JSON.stringify(await requestJson('GET', `/bookings/${id}`)),
});
