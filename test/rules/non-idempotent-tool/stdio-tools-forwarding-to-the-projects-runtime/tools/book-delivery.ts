export async function bookDelivery(params: { address: string }, partnerUrl: string) {
  const res = await fetch(`${partnerUrl}/api/partner/v2/deliveries`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ address: params.address }),
    signal: AbortSignal.timeout(10_000),
  });
  return { content: [{ type: 'text' as const, text: await res.text() }] };
}
