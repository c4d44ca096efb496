// A group whose handler table a function of its own builds.
import type { DepotClient } from '../client.js';

function pickupHandlers(client: DepotClient) {
  return {
    book_pickup: async (args: Record<string, unknown>) => {
      const booking = await client.send('POST', '/pickups', args); // expect: non-idempotent-tool
      return { content: [{ type: 'text' as const, text: JSON.stringify(booking) }] };
    },
  };
}

export const getTools = (client: DepotClient) => ({
  tools: [{ name: 'book_pickup', description: 'Book a courier pickup' }],
  handlers: pickupHandlers(client),
});
