// A tool group: specs, the handlers the server registers under each spec's name, and maintenance jobs the server
// never runs for the model (a write there is no tool's).
import type { DepotClient } from '../client.js';

type Handler = (args: Record<string, unknown>) => Promise<{ content: Array<{ type: 'text'; text: string }> }>;

export function getTools(client: DepotClient) {
  const handlers: Record<string, Handler> = {
    create_shipment: async (args) => {
      const shipment = await client.send('POST', '/shipments', args); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: JSON.stringify(shipment) }] };
    },
    list_shipments: async () => {
      const list = await client.send('GET', '/shipments');
      return { content: [{ type: 'text', text: JSON.stringify(list) }] };
    },
  };
  const maintenance: Record<string, Handler> = {
    create_shipment: async () => {
      await client.send('POST', '/shipments/archive');
      return { content: [{ type: 'text', text: 'archived' }] };
    },
  };
  return {
    tools: [
      { name: 'create_shipment', description: 'Create a shipment' },
      { name: 'list_shipments', description: 'List shipments' },
    ],
    handlers,
    maintenance,
  };
}
