// Near-miss: every write below is retried, but the Idempotency-Key is created once, before the
// retry starts, and sent on every attempt — the server sees one key and applies the write once.
import pRetry from 'p-retry';
import { backOff } from 'exponential-backoff';
import axios from 'axios';
import axiosRetry, { isNetworkError } from 'axios-retry';
import { randomUUID } from 'node:crypto';
import { tool } from 'ai';
import { z } from 'zod';

const ledger = axios.create({ baseURL: 'https://ledger.example.com/api', timeout: 10_000 });
axiosRetry(ledger, { retries: 3, retryCondition: (error) => isNetworkError(error) || error.response?.status === 503 });

export const transferCredits = tool({
  description: 'Move credits between two team wallets',
  inputSchema: z.object({ fromWallet: z.string(), toWallet: z.string(), credits: z.number().int().positive() }),
  execute: async ({ fromWallet, toWallet, credits }, { abortSignal }) => {
    const idempotencyKey = randomUUID();
    const transfer = await pRetry(
      async () => {
        const res = await fetch('https://wallets.example.com/v1/transfers', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'Idempotency-Key': idempotencyKey },
          body: JSON.stringify({ fromWallet, toWallet, credits }),
          signal: abortSignal,
        });
        if (!res.ok) throw new Error(`wallets ${res.status}`);
        return (await res.json()) as { transferId: string };
      },
      { retries: 3, randomize: true },
    );
    return transfer;
  },
});

export async function recordJournalEntry(accountId: string, amountCents: number, memo: string) {
  const requestKey = randomUUID();
  const { data } = await ledger.post(
    '/journal-entries',
    { accountId, amountCents, memo },
    { headers: { 'Idempotency-Key': requestKey } },
  );
  return data;
}

export async function publishInvoiceEvent(invoiceId: string) {
  const eventKey = randomUUID();
  return backOff(
    () =>
      fetch('https://events.example.com/v1/publish', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': eventKey },
        body: JSON.stringify({ type: 'invoice.finalized', invoiceId }),
        signal: AbortSignal.timeout(5_000),
      }),
    { numOfAttempts: 5, jitter: 'full' },
  );
}

export async function reserveSeat(flightId: string, passengerId: string) {
  const key = randomUUID();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const res = await fetch(`https://air.example.com/api/flights/${flightId}/reservations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ passengerId }),
        signal: AbortSignal.timeout(8_000),
      });
      if (res.ok) return res.json();
    } catch {
      // connection reset: the same key makes the next attempt safe
    }
    await new Promise((resolve) => setTimeout(resolve, 300 * 2 ** attempt + Math.random() * 100));
  }
  throw new Error('reservation failed');
}
