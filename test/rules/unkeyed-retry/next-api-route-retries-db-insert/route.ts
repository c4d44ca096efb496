// A Next.js route handler (no agent tool involved): unkeyed-retry applies anywhere in the project.
// p-retry re-runs the insert after a connection drop that may have committed, creating two orders.
import pRetry from 'p-retry';
import { db } from './db.js';

export const maxDuration = 30;

export async function POST(request: Request) {
  const { customerId, items } = (await request.json()) as { customerId: string; items: { sku: string; qty: number }[] };
  const order = await pRetry(
    () =>
      db.order.create({ data: { customerId, items: { create: items } } }), // expect: unkeyed-retry
    { retries: 3, randomize: true },
  );
  return Response.json({ orderId: order.id }, { status: 201 });
}
