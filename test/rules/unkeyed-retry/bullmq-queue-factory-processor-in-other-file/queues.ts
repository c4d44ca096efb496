// The queues of a small ticketing service, made by factories: the queue's name is the factory's parameter, so which
// queue gets which attempts is read from the names the parameter admits, or from the calls that pass a name.
import { Queue } from 'bullmq';

export const connection = { host: 'localhost', port: 6379 };

export const TicketQueues = { Escalate: 'escalate', Digest: 'digest' } as const;
export type TicketQueue = (typeof TicketQueues)[keyof typeof TicketQueues];

// Any of the ticket queues, retried three times.
export function ticketQueue(name: TicketQueue) {
  return new Queue(name, { connection, defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 1000 } } });
}

// A name of any kind, retried twice: only the queues some call makes this way.
export const retriedQueue = (name: string) => new Queue(name, { connection, defaultJobOptions: { attempts: 2 } });

// Any name, one attempt.
export const plainQueue = (name: string) => new Queue(name, { connection });
