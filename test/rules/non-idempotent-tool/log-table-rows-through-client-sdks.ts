// test/corpus/README.md question 45 through database client SDKs: a tool's own log row — Supabase
// `from('admin_logs').insert`, Prisma `prisma.auditLog.create` — records the call and is not its side effect, as
// SQL's `INSERT INTO publish_logs` is not. The order row and the message row the tools create are: a repeat makes
// a second one.
import { createClient } from '@supabase/supabase-js';
import { PrismaClient } from '@prisma/client';
import { tool } from 'ai';
import { z } from 'zod';

const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!);
const prisma = new PrismaClient();

async function logAdminAction(action: string, details: unknown) {
  const { error } = await supabase.from('admin_logs').insert({ action, details });
  if (error) throw new Error(error.message);
}

export const adminTools = {
  placeOrder: tool({
    description: 'Place an order for a customer',
    inputSchema: z.object({ customerId: z.string(), sku: z.string() }),
    execute: async ({ customerId, sku }) => {
      await logAdminAction('place_order', { customerId, sku });
      const { data } = await supabase.from('orders').insert({ customer_id: customerId, sku }).select().single(); // expect: non-idempotent-tool
      return data;
    },
  }),
  checkStock: tool({
    description: 'Check the stock of a product',
    inputSchema: z.object({ sku: z.string() }),
    execute: async ({ sku }) => {
      await logAdminAction('check_stock', { sku });
      const { data } = await supabase.from('stock').select('count').eq('sku', sku).single();
      return data;
    },
  }),
  postMessage: tool({
    description: 'Post a message to the team board',
    inputSchema: z.object({ text: z.string() }),
    execute: async ({ text }) => {
      await prisma.auditLog.create({ data: { action: 'post_message', text } });
      return prisma.message.create({ data: { text } }); // expect: non-idempotent-tool
    },
  }),
};
