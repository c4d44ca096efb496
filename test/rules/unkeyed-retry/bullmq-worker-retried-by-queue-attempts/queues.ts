// The queues of a small invoicing service. BullMQ runs a job once unless its attempts say otherwise: the
// queue's defaultJobOptions, or the options a producer adds the job with.
import { Queue } from 'bullmq';

export const connection = { host: 'localhost', port: 6379 };

export const QueueNames = { Invoices: 'invoices', Reminders: 'reminders', Audits: 'audits', Exports: 'exports' } as const;

// Retried three times by default.
export const invoiceQueue = new Queue(QueueNames.Invoices, { connection, defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 1000 } } });
// No attempts anywhere: one run.
export const reminderQueue = new Queue(QueueNames.Reminders, { connection });
// A default of four, but every producer sets its own single attempt.
export const auditQueue = new Queue(QueueNames.Audits, { connection, defaultJobOptions: { attempts: 4 } });
// No default; the producer spreads shared options that set attempts.
export const exportQueue = new Queue(QueueNames.Exports, { connection });
