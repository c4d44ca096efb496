// @nestjs/bullmq runs a @Processor class's process(job) as the queue's worker: a job added with attempts: 3 whose
// process throws after the invoice POST runs again and creates a second invoice (README question 20). The keyed POST
// and the read are clean.
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { INVOICE_QUEUE } from '../queues/names.js';

@Processor(INVOICE_QUEUE)
export class InvoiceProcessor extends WorkerHost {
  async process(job: Job<{ customerId: string; amount: number }>): Promise<void> {
    const { customerId, amount } = job.data;
    await fetch(`https://billing.example.com/customers/${customerId}`, { signal: AbortSignal.timeout(10_000) });
    await fetch('https://billing.example.com/invoices', { method: 'POST', body: JSON.stringify({ customerId, amount }), signal: AbortSignal.timeout(10_000) }); // expect: unkeyed-retry
    await fetch('https://billing.example.com/ledger', {
      method: 'POST',
      headers: { 'Idempotency-Key': `invoice-${job.id}` },
      body: JSON.stringify({ customerId, amount }),
      signal: AbortSignal.timeout(10_000),
    });
  }
}
