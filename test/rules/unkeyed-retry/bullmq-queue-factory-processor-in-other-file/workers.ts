import { Worker } from 'bullmq';
import { connection, TicketQueues } from './queues';
import { handleEscalation } from './jobs/escalate';
import { handleArchive, handleSurvey, handleNotice } from './jobs/others';

export const workers = [
  new Worker(TicketQueues.Escalate, handleEscalation, { connection }),
  new Worker('archive', handleArchive, { connection }),
  new Worker('survey', handleSurvey, { connection }),
  // No factory call names this queue, and `retriedQueue` takes any name: not taken as retried.
  new Worker('notices', handleNotice, { connection }),
];
