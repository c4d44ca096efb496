import type { TicketService } from './ticket-service.js';

export function reportHandlers(service: TicketService) {
  return {
    weekly: async (payload: unknown) => service.createTicket(`weekly ${String(payload)}`),
  };
}
