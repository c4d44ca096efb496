// The app's own HTTP API, not the model's: route groups whose handlers an Express router serves to signed-in users.
// The same shape as a tool group, registered by no tool registration.
import express from 'express';
import { DepotClient } from './client.js';

function getRoutes(client: DepotClient) {
  return {
    routes: [{ name: 'cancel_order', path: '/orders/cancel' }],
    handlers: {
      cancel_order: async (body: Record<string, unknown>) => client.send('POST', '/orders/cancel', body),
    } as Record<string, (body: Record<string, unknown>) => Promise<unknown>>,
  };
}

const app = express();
const groups = [getRoutes(new DepotClient())];
for (const group of groups) {
  for (const route of group.routes) {
    const handler = group.handlers[route.name];
    app.post(route.path, async (req, res) => {
      res.json(await handler(req.body));
    });
  }
}
