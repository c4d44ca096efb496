// The dispatcher handed to the wrapper looks the tool up by the request's name in a table a function returns.
import { runServer } from './server.js';
import { TicketService } from './ticket-service.js';
import { handleCloseTicket, handleCreateTicket, handleListTickets } from './ticket-handlers.js';
import { reportHandlers } from './reports.js';

function registerToolHandlers(service: TicketService) {
  return {
    create_ticket: handleCreateTicket(service),
    close_ticket: handleCloseTicket(service),
    list_tickets: handleListTickets(service),
  };
}

const service = new TicketService();

runServer({
  handleRequest: async (req) => {
    const handlers = registerToolHandlers(service);
    const toolName = req.name;
    if (toolName in handlers) {
      const handler = handlers[toolName as keyof typeof handlers];
      return await handler(req.args);
    }
    throw new Error(`Unknown tool: ${toolName}`);
  },
  // Events are not tool calls: what this table holds stays clean.
  handleEvent: async (event) => {
    const handlers = reportHandlers(service);
    const handler = handlers[event.name as keyof typeof handlers];
    return handler?.(event.payload);
  },
});
