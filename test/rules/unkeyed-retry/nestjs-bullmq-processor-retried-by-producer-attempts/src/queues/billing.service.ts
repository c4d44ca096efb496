// The producers: jobs of the invoice queue are added with three attempts, the receipt jobs with one, the audit jobs
// with none (BullMQ's default: one attempt); the notice jobs are added in bulk with four.
import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { AUDIT_QUEUE, INVOICE_QUEUE, NOTICE_QUEUE, RECEIPT_QUEUE } from './names.js';

@Injectable()
export class BillingService {
  constructor(
    @InjectQueue(INVOICE_QUEUE) private readonly invoices: Queue,
    @InjectQueue(RECEIPT_QUEUE) private readonly receipts: Queue,
    @InjectQueue(AUDIT_QUEUE) private readonly audits: Queue,
    @InjectQueue(NOTICE_QUEUE) private readonly notices: Queue,
  ) {}

  // One job per recipient, each with four attempts, added in bulk.
  async noticeAll(recipients: string[], text: string) {
    const jobs = recipients.map((recipient) => ({ name: 'notice', data: { recipient, text }, opts: { attempts: 4 } }));
    await this.notices.addBulk(jobs);
  }

  async bill(customerId: string, amount: number) {
    await this.invoices.add('create-invoice', { customerId, amount }, { attempts: 3, backoff: { type: 'exponential', delay: 5000 } });
    await this.receipts.add('send-receipt', { customerId }, { attempts: 1 });
    await this.audits.add('audit', { customerId, amount });
  }
}
