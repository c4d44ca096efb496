import { registerHook } from './registry.js';

export async function recordPayment(payload: unknown): Promise<void> {
  await fetch('https://ledger.example.com/api/entries', { method: 'POST', body: JSON.stringify(payload), signal: AbortSignal.timeout(10_000) });
}

registerHook({ type: 'payment.succeeded' }, recordPayment);
