// Thin client for the payment gateway. postCharge is the write at the bottom of the chain.
const GATEWAY = process.env.GATEWAY_URL ?? 'https://gateway.example.com';

export interface ChargeRequest {
  customerId: string;
  amountCents: number;
  reference: string;
}

export async function postCharge(charge: ChargeRequest): Promise<{ chargeId: string }> {
  const res = await fetch(`${GATEWAY}/v2/charges`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.GATEWAY_TOKEN}` },
    body: JSON.stringify(charge),
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`gateway answered ${res.status}`);
  return (await res.json()) as { chargeId: string };
}

export async function getCharge(chargeId: string): Promise<{ status: string }> {
  const res = await fetch(`${GATEWAY}/v2/charges/${chargeId}`, { signal: AbortSignal.timeout(15_000) });
  return (await res.json()) as { status: string };
}
