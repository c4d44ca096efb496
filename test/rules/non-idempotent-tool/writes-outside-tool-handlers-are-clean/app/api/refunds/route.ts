// A Next.js route handler: it writes (a refund and an audit POST), but it is an API route, not a
// tool handler a model can invoke, so non-idempotent-tool says nothing here.
import { z } from 'zod';
import { issueRefund } from '../../../refunds-service.js';

const RefundBody = z.object({ chargeId: z.string(), amountCents: z.number().int().optional() });

export const maxDuration = 30;

export async function POST(req: Request) {
  const parsed = RefundBody.safeParse(await req.json());
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message }, { status: 400 });
  const refund = await issueRefund(parsed.data.chargeId, parsed.data.amountCents);
  await fetch('https://audit.internal.example.com/events', {
    method: 'POST',
    body: JSON.stringify({ type: 'refund.issued', refundId: refund.id }),
    signal: AbortSignal.timeout(5_000),
  });
  return Response.json({ id: refund.id, status: refund.status });
}
