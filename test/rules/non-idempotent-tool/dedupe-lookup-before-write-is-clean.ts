// A dedupe lookup before the write: each handler first looks for the record its input would create
// (by a business key) and returns it when found, so a re-run does not create a second one.
import { PrismaClient } from '@prisma/client';
import pg from 'pg';
import { DynamicStructuredTool } from '@langchain/core/tools';
import { tool } from 'ai';
import { z } from 'zod';

const prisma = new PrismaClient();
const pool = new pg.Pool();

export const openRmaCase = tool({
  description: 'Open a return (RMA) case for an order line',
  inputSchema: z.object({ orderId: z.string(), lineId: z.string(), reason: z.string() }),
  execute: async ({ orderId, lineId, reason }) => {
    const existing = await prisma.rmaCase.findUnique({ where: { orderId_lineId: { orderId, lineId } } });
    if (existing) return { caseId: existing.id, reused: true };
    const created = await prisma.rmaCase.create({ data: { orderId, lineId, reason } });
    return { caseId: created.id, reused: false };
  },
});

export const grantCoupon = new DynamicStructuredTool({
  name: 'grant_coupon',
  description: 'Grant the apology coupon for a late delivery',
  schema: z.object({ customerId: z.string(), deliveryId: z.string() }),
  func: async ({ customerId, deliveryId }) => {
    const found = await pool.query('SELECT code FROM coupons WHERE delivery_id = $1', [deliveryId]);
    if (found.rowCount) return `coupon already granted: ${found.rows[0].code}`;
    const { rows } = await pool.query(
      'INSERT INTO coupons (customer_id, delivery_id, code) VALUES ($1, $2, gen_random_uuid()) RETURNING code',
      [customerId, deliveryId],
    );
    return `coupon ${rows[0].code} granted`;
  },
});
