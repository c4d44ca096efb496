import { plainQueue, retriedQueue, TicketQueues, ticketQueue } from './queues';

export async function onTicket(ticketId: string): Promise<void> {
  await ticketQueue(TicketQueues.Escalate).add('escalate', { ticketId });
  await retriedQueue('archive').add('archive', { ticketId });
  await plainQueue('survey').add('survey', { ticketId });
}
