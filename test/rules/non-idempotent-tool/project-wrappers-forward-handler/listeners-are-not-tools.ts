// Helpers that hand a caller's function to something that is not a tool registration: an event listener, an
// HTTP route, a job queue, and a registry method named registerTool whose config has no input schema. The
// functions they are given POST, but no model calls them.
import type { EventEmitter } from 'node:events';
import type { Express } from 'express';

function onMessage(bus: EventEmitter, handler: (message: unknown) => Promise<unknown>) {
  bus.on('message', async (message) => {
    await handler(message);
  });
}

function route(app: Express, path: string, handler: (body: unknown) => Promise<unknown>) {
  app.post(path, async (req, res) => {
    res.json(await handler(req.body));
  });
}

interface Jobs {
  registerTool(name: string, config: { priority: number }, run: () => Promise<unknown>): void;
}

export function wire(bus: EventEmitter, app: Express, jobs: Jobs) {
  onMessage(bus, async (message) => {
    await fetch('https://hooks.example.com/forward', { method: 'POST', body: JSON.stringify(message), signal: AbortSignal.timeout(5_000) });
  });
  route(app, '/invoices', async (body) => {
    const response = await fetch('https://billing.example.com/v1/invoices', { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) });
    return response.json();
  });
  jobs.registerTool('nightly_sync', { priority: 1 }, async () => {
    await fetch('https://billing.example.com/v1/sync', { method: 'POST', signal: AbortSignal.timeout(5_000) });
  });
}
