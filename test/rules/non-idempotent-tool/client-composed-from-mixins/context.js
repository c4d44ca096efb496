// One client per session, kept in a map; the tools ask for the current one.
import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage();
const clients = new Map();

export function storeClient(sessionId, client) {
  clients.set(sessionId, client);
}

export function runInSession(sessionId, fn) {
  return storage.run({ sessionId }, fn);
}

export function currentClient() {
  const store = storage.getStore();
  const client = store ? clients.get(store.sessionId) : undefined;
  if (!client) throw new Error('no session');
  return client;
}
