// Workflow DevKit: a step function's own `maxRetries` property sets how often the framework retries it
// (useworkflow.dev, Errors & Retrying). `maxRetries = 0` means one attempt: the unkeyed POST in that step
// is not retried. A step that raises the count is retried all the same.
async function chargeCard(customerId: string, cents: number) {
  'use step';
  const res = await fetch('https://payments.example.com/v1/charges', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ customerId, cents }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`payments ${res.status}`);
  return ((await res.json()) as { id: string }).id;
}
chargeCard.maxRetries = 0;

const postTicket = async (subject: string) => {
  'use step';
  const res = await fetch('https://helpdesk.example.com/api/tickets', { // expect: unkeyed-retry
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subject }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`helpdesk ${res.status}`);
};
postTicket.maxRetries = 5;

export async function checkout(customerId: string, cents: number) {
  'use workflow';
  const chargeId = await chargeCard(customerId, cents);
  await postTicket(`charge ${chargeId}`);
}
