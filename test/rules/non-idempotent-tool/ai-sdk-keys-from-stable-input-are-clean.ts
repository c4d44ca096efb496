// Writes protected by an Idempotency-Key derived from stable input, so a re-run of the tool call
// is deduped by the server: the AI SDK tool call id, a hash of the arguments (held in a variable),
// and a business key built from the input.
import { createHash } from 'node:crypto';
import { generateText, stepCountIs, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import axios from 'axios';
import ky from 'ky';
import { z } from 'zod';

const SHOP_API = 'https://shop.internal.example.com/api';

const refundOrder = tool({
  description: 'Refund an order in full',
  inputSchema: z.object({ orderId: z.string() }),
  execute: async ({ orderId }, { toolCallId, abortSignal }) => {
    const res = await fetch(`${SHOP_API}/orders/${orderId}/refunds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': toolCallId },
      body: JSON.stringify({ reason: 'requested_by_customer' }),
      signal: abortSignal,
    });
    return res.ok ? 'refunded' : `refund failed: ${res.status}`;
  },
});

const createShipment = tool({
  description: 'Create a shipment for the given items',
  inputSchema: z.object({ orderId: z.string(), items: z.array(z.object({ sku: z.string(), qty: z.number().int() })) }),
  execute: async (input, { abortSignal }) => {
    const key = createHash('sha256').update(JSON.stringify(input)).digest('hex');
    const { data } = await axios.post(`${SHOP_API}/shipments`, input, {
      headers: { 'Idempotency-Key': key },
      timeout: 10_000,
      signal: abortSignal,
    });
    return { shipmentId: data.id as string };
  },
});

const sendPaymentReminder = tool({
  description: 'Send the n-th payment reminder for an invoice',
  inputSchema: z.object({ invoiceId: z.string(), reminderNumber: z.number().int().min(1).max(3) }),
  execute: async ({ invoiceId, reminderNumber }, { abortSignal }) => {
    await ky.post(`${SHOP_API}/invoices/${invoiceId}/reminders`, {
      json: { channel: 'email' },
      headers: { 'Idempotency-Key': `invoice-${invoiceId}-reminder-${reminderNumber}` },
      signal: abortSignal,
    });
    return 'reminder sent';
  },
});

export async function runOrderDesk(prompt: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    timeout: 60_000,
    stopWhen: stepCountIs(8),
    prompt,
    tools: { refundOrder, createShipment, sendPaymentReminder },
  });
  return text;
}
