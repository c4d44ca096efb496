import { auditQueue, exportQueue, invoiceQueue, reminderQueue } from './queues';
import { retriedJob } from './job-options';

export async function onOrderPlaced(orderId: string): Promise<void> {
  await invoiceQueue.add('issue', { orderId });
  await reminderQueue.add('remind', { orderId });
  await auditQueue.add('audit', { orderId }, { attempts: 1 });
  await exportQueue.add('export', { orderId }, { ...retriedJob, priority: 2 });
}
