// An ensure-style helper: a lookup helper answers `{ found: true, id }` (or `{ exists: true }`) whatever it is named
// (`checkWebhook`, `probeLabel`), and the helper returns the record it found before creating one: "a dedupe skips the
// write when a lookup finds the record" — clean. A guard that returns when the lookup found nothing is a
// precondition: a repeat that finds the account creates the invoice again.
import { tool } from 'ai';
import { z } from 'zod';

const API = 'https://hooks.example.com/v1';
const post = (url: string, body: unknown) => fetch(url, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) });

async function checkWebhook(target: string): Promise<{ found: boolean; id?: string }> {
  const res = await fetch(`${API}/webhooks?target=${encodeURIComponent(target)}`, { signal: AbortSignal.timeout(5_000) });
  const hooks = (await res.json()) as Array<{ id: string }>;
  return hooks.length > 0 ? { found: true, id: hooks[0]!.id } : { found: false };
}

async function probeLabel(name: string): Promise<{ exists: boolean }> {
  const res = await fetch(`${API}/labels/${encodeURIComponent(name)}`, { signal: AbortSignal.timeout(5_000) });
  return { exists: res.status === 200 };
}

async function checkAccount(account: string): Promise<{ found: boolean }> {
  const res = await fetch(`${API}/accounts/${encodeURIComponent(account)}`, { signal: AbortSignal.timeout(5_000) });
  return { found: res.ok };
}

async function ensureWebhook(target: string): Promise<string> {
  const hook = await checkWebhook(target);
  if (hook.found && hook.id) {
    return hook.id;
  }
  const created = await post(`${API}/webhooks`, { target });
  return ((await created.json()) as { id: string }).id;
}

export const hookTools = {
  subscribe: tool({
    description: 'Subscribe a URL to events',
    inputSchema: z.object({ target: z.string() }),
    execute: async ({ target }) => ({ id: await ensureWebhook(target) }),
  }),
  addLabel: tool({
    description: 'Create a label',
    inputSchema: z.object({ name: z.string() }),
    execute: async ({ name }) => {
      if ((await probeLabel(name)).exists) return { created: false };
      await post(`${API}/labels`, { name });
      return { created: true };
    },
  }),
  invoice: tool({
    description: 'Invoice an account',
    inputSchema: z.object({ account: z.string(), amount: z.number() }),
    execute: async ({ account, amount }) => {
      const known = await checkAccount(account);
      if (!known.found) return { invoiced: false };
      await post(`${API}/invoices`, { account, amount }); // expect: non-idempotent-tool
      return { invoiced: true };
    },
  }),
};
