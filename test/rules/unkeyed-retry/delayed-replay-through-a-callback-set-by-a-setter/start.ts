// Start-up wiring: the replayed job posts a shipment (a new one on every call); the refresh only reads the price list.
import { DelayedReplayQueue, RefreshQueue } from './replay-queue.js';

const cache = new Map<string, unknown>();

export const replays = new DelayedReplayQueue();
replays.setHandler(async (jobId, payload) => {
  await fetch(`${process.env.SHIPPING_URL}/shipments`, { method: 'POST', body: JSON.stringify({ jobId, payload }), signal: AbortSignal.timeout(10_000) });
});

export const refreshes = new RefreshQueue();
refreshes.setRefresh(async (key) => {
  const response = await fetch(`${process.env.PRICES_URL}/prices/${key}`, { signal: AbortSignal.timeout(10_000) });
  cache.set(key, await response.json());
});
