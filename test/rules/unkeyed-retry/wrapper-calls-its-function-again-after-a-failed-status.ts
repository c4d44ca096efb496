// A project wrapper that calls the function it is handed a second time when the first response's status says the
// attempt failed (corpus README question 87: a 502 or 503 says nothing about whether the POST landed): the caller's
// closure is the retried code, so its unkeyed POST is a finding, reported in the closure. Clean: a read handed to the
// same wrapper, and a POST handed to a wrapper whose second call follows only a 429 (the server refused the first).
interface Reply {
  status: number;
  body: unknown;
}

const RETRY_STATUSES: Record<number, number> = { 502: 1_000, 503: 2_500 };

export async function withOneRetry(send: () => Promise<Reply>): Promise<Reply> {
  let reply = await send();
  if (reply.status >= 200 && reply.status < 300) return reply;
  if (RETRY_STATUSES[reply.status] !== undefined) {
    await new Promise((resolve) => setTimeout(resolve, RETRY_STATUSES[reply.status]));
    reply = await send();
  }
  if (reply.status >= 400) throw new Error(`CRM answered ${reply.status}`);
  return reply;
}

export async function waitOutRateLimit(send: () => Promise<Reply>): Promise<Reply> {
  const reply = await send();
  if (reply.status === 429) return send();
  return reply;
}

async function crm(method: 'GET' | 'POST', path: string, payload?: unknown): Promise<Reply> {
  const res = await fetch(`https://crm.example.com/api${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: payload === undefined ? undefined : JSON.stringify(payload),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, body: await res.json() };
}

export function logCall(leadId: number, summary: string) {
  return withOneRetry(async () => crm('POST', '/activities', { lead_id: leadId, type: 'call', summary })); // expect: unkeyed-retry
}

export function lead(leadId: number) {
  return withOneRetry(async () => crm('GET', `/leads/${leadId}`));
}

export function logMeeting(leadId: number, summary: string) {
  return waitOutRateLimit(async () => crm('POST', '/activities', { lead_id: leadId, type: 'meeting', summary }));
}
