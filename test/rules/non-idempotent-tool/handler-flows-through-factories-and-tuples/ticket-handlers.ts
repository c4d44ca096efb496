// Per-tool handlers made by factories: each returns the closure that runs the tool with the service it was given.
import type { TicketService } from './ticket-service.js';

export function handleCreateTicket(service: TicketService) {
  return async (args: unknown) => {
    const { title } = args as { title: string };
    return await service.createTicket(title); // expect: non-idempotent-tool
  };
}

export function handleCloseTicket(service: TicketService) {
  return async (args: unknown) => {
    const { id } = args as { id: string };
    return service.closeTicket(id);
  };
}

export const handleListTickets = (service: TicketService) => async () => service.listTickets();

/** Not a tool: a factory whose closure nobody puts in the table. */
export function handleAudit(service: TicketService) {
  return async (title: string) => service.createTicket(title);
}
