// Payouts client: the caller supplies the idempotency key, which goes out as a header.
export async function createPayout(accountId: string, amountCents: number, idempotencyKey: string) {
  const res = await fetch('https://payouts.example.com/v1/payouts', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify({ accountId, amountCents }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`payouts ${res.status}`);
  return (await res.json()) as { payoutId: string };
}
