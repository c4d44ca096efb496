// Tool definitions whose handlers take the client as an untyped parameter: its type is the one the definition type
// writes for `handler` — through the array's written element type (`ToolDefinition[]`), or through the parameter type
// of the project function each definition is handed to (`defineTool(def: ToolDefinition)`). The write tools report at
// the handler's call to the client; the read tool stays clean.
import type { TicketClient } from './ticket-client.js';

export interface ToolDefinition {
  name: string;
  description: string;
  handler: (client: TicketClient, args: any) => Promise<unknown>;
}

export function defineTool(definition: ToolDefinition): ToolDefinition {
  return definition;
}

const queueTools: ToolDefinition[] = [
  {
    name: 'list_queues',
    description: 'List the ticket queues',
    handler: async (client) => client.listQueues(),
  },
  {
    name: 'open_ticket',
    description: 'Open a ticket in a queue',
    handler: async (client, args) => client.openTicket(args), // expect: non-idempotent-tool
  },
];

const addWatcher = defineTool({
  name: 'add_watcher',
  description: 'Add a watcher to a ticket',
  handler: async (c, args) => {
    return c.addWatcher(args); // expect: non-idempotent-tool
  },
});

export const allTools: ToolDefinition[] = [...queueTools, addWatcher];
