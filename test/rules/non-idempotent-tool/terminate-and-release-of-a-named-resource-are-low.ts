// A POST that ends the life of a resource the body names — a sandbox terminated, a phone number released — finds it
// ended on a repeat: a delete of a known id, low confidence at most (README question 5). Creating a sandbox through
// the same helper makes a new one every call: a finding.
import { tool } from 'ai';
import { z } from 'zod';

const API = process.env.GATEWAY_URL ?? 'https://gateway.example.com';

async function gateway(path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${API}/v1/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(20_000) });
  return res.json();
}

export const startSandbox = tool({
  description: 'Start a GPU sandbox',
  inputSchema: z.object({ image: z.string() }),
  execute: async ({ image }) => gateway('sandbox/create', { image }), // expect: non-idempotent-tool
});

export const stopSandbox = tool({
  description: 'Terminate a sandbox',
  inputSchema: z.object({ sandboxId: z.string() }),
  execute: async ({ sandboxId }) => gateway('sandbox/terminate', { sandbox_id: sandboxId }), // expect: non-idempotent-tool confidence=low
});

export const releaseNumber = tool({
  description: 'Release a phone number',
  inputSchema: z.object({ number: z.string() }),
  execute: async ({ number }) => gateway('phone/numbers/release', { phone_number: number }), // expect: non-idempotent-tool confidence=low
});
