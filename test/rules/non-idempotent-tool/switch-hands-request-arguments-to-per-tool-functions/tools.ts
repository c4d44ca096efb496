// Per-tool functions the CRM server's switch hands each tool's whole input to.
const CRM = 'https://crm.example.com/api';

export async function postNote(args: { customerId: string; text: string }) {
  const res = await fetch(`${CRM}/customers/${args.customerId}/notes`, { method: 'POST', body: JSON.stringify({ text: args.text }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  return res.json();
}

export async function scheduleVisit(input: { customerId: string; day: string }) {
  const res = await fetch(`${CRM}/visits`, { method: 'POST', body: JSON.stringify(input), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  return res.json();
}

export async function remind(mode: 'send' | 'draft', input: { customerId: string; day: string }) {
  const res = await fetch(`${CRM}/customers/${input.customerId}/${mode === 'send' ? 'messages' : 'drafts'}`, { method: 'POST', body: JSON.stringify(input), signal: AbortSignal.timeout(10_000) });
  return res.json();
}
