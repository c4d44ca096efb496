// OpenAI Agents SDK tools that DO send an idempotency key, but a fresh one each time the tool runs
// (randomUUID inline, randomUUID hoisted into a variable, a Date.now() suffix). A re-run of the tool
// sends a new key, so the server cannot dedupe: each write is still a finding.
import { randomUUID } from 'node:crypto';
import { Agent, run, tool } from '@openai/agents';
import axios from 'axios';
import { z } from 'zod';

const LEDGER_API = 'https://ledger.internal.example.com';

const issueRefund = tool({
  name: 'issue_refund',
  description: 'Refund part or all of an order',
  parameters: z.object({ orderId: z.string(), amountCents: z.number().int() }),
  timeoutMs: 20_000,
  execute: async ({ orderId, amountCents }, _context, details) => {
    const res = await fetch(`${LEDGER_API}/refunds`, { // expect: non-idempotent-tool
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ orderId, amountCents }),
      signal: details?.signal,
    });
    return res.ok ? 'refund issued' : `refund failed: ${res.status}`;
  },
});

const transferCredits = tool({
  name: 'transfer_credits',
  description: 'Move prepaid credits from one account to another',
  parameters: z.object({ from: z.string(), to: z.string(), credits: z.number().int().positive() }),
  execute: async ({ from, to, credits }, _context, details) => {
    // The key is made before the call, but still anew on every run of the tool.
    const idempotencyKey = randomUUID();
    const { data } = await axios.post( // expect: non-idempotent-tool
      `${LEDGER_API}/transfers`,
      { from, to, credits },
      { headers: { 'Idempotency-Key': idempotencyKey }, timeout: 10_000, signal: details?.signal },
    );
    return JSON.stringify(data);
  },
});

const placeReorder = tool({
  name: 'place_reorder',
  description: 'Re-order the items of a previous order',
  parameters: z.object({ orderId: z.string() }),
  execute: async ({ orderId }, _context, details) => {
    const res = await fetch(`${LEDGER_API}/orders/${orderId}/reorders`, { // expect: non-idempotent-tool
      method: 'POST',
      headers: { 'Idempotency-Key': `${orderId}-${Date.now()}` },
      signal: details?.signal,
    });
    return res.ok ? 'reorder placed' : 'reorder failed';
  },
});

const supportAgent = new Agent({
  name: 'Billing support',
  instructions: 'Help customers with refunds, credits and re-orders.',
  tools: [issueRefund, transferCredits, placeReorder],
});

export async function handleBillingTicket(text: string) {
  const result = await run(supportAgent, text, { maxTurns: 8 });
  return result.finalOutput;
}
