// The charge goes through withRetry, which hands it to withBackoff: it is retried with no key. The balance read
// through the same helper is clean.
import { withRetry } from './retry.js';

export async function chargeCard(customerId: string, amountCents: number) {
  return withRetry(() =>
    fetch('https://pay.example.com/v1/charges', { // expect: unkeyed-retry
      method: 'POST',
      body: JSON.stringify({ customerId, amountCents }),
      signal: AbortSignal.timeout(10_000),
    }),
  );
}

export async function readBalance(customerId: string) {
  return withRetry(() => fetch(`https://pay.example.com/v1/customers/${customerId}/balance`, { signal: AbortSignal.timeout(5_000) }));
}
