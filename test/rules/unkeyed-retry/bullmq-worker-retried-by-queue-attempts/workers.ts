import { Worker, type Job } from 'bullmq';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { connection, QueueNames } from './queues';

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });

// attempts 3 (the queue's default): a job that fails after the invoice was created runs again and creates another.
export const invoiceWorker = new Worker(QueueNames.Invoices, async (job: Job) => {
  const order = await fetch(`https://shop.example.com/orders/${job.data.orderId}`, { signal: AbortSignal.timeout(10_000) });
  const { total, notes } = await order.json();
  // Cutting text into documents happens in memory: nothing to repeat.
  const chunks = await new RecursiveCharacterTextSplitter({ chunkSize: 500 }).createDocuments([notes]);
  await post('https://billing.example.com/invoices', { orderId: job.data.orderId, total, pages: chunks.length }); // expect: unkeyed-retry
  // Keyed by the order: the same on every attempt.
  await post('https://mail.example.com/receipts', { orderId: job.data.orderId }, { 'Idempotency-Key': `receipt-${job.data.orderId}` });
}, { connection });

// One run: nothing re-sends the reminder.
export const reminderWorker = new Worker('reminders', async (job: Job) => {
  await post('https://sms.example.com/messages', { orderId: job.data.orderId, text: 'Your invoice is ready' });
}, { connection });

// The queue's default is four, but the only producer adds its jobs with attempts: 1.
export const auditWorker = new Worker(QueueNames.Audits, async (job: Job) => {
  await post('https://audit.example.com/entries', { orderId: job.data.orderId });
}, { connection });

async function exportOrder(job: Job): Promise<void> {
  await post('https://warehouse.example.com/exports', { orderId: job.data.orderId }); // expect: unkeyed-retry
}

// attempts 5, spread in from shared options by the producer; the processor is a named function.
export const exportWorker = new Worker(QueueNames.Exports, exportOrder, { connection });
