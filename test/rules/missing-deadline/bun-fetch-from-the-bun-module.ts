// Bun's "bun" module is `globalThis.Bun`, and its `fetch` is the global fetch (bun-types globals.d.ts: `declare var
// fetch: typeof import("bun").fetch`): `import { fetch } from 'bun'` and `Bun.fetch(…)` have no deadline of their own.
// `Bun` is the runtime's global (bun-types declares it; not written here). Clean: the same calls given a signal, and
// another export of the module (`file(…).text()` reads a local file).
import { env, fetch, file } from 'bun';
import * as runtime from 'bun';

const inventoryApi = `${env.INVENTORY_URL}/api`;

export async function reserveItem(sku: string, quantity: number) {
  const response = await fetch(`${inventoryApi}/reservations`, { // expect: missing-deadline
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sku, quantity }),
  });
  return response.json();
}

export async function itemStock(sku: string) {
  const response = await fetch(`${inventoryApi}/items/${sku}`, { signal: AbortSignal.timeout(10_000) });
  return response.json();
}

export async function warehouseStatus() {
  const response = await Bun.fetch(`${inventoryApi}/status`); // expect: missing-deadline
  return response.json();
}

export async function warehouseStatusBounded() {
  const response = await runtime.fetch(`${inventoryApi}/status`, { signal: AbortSignal.timeout(5_000) });
  return response.json();
}

export async function localCatalogue() {
  return file('./catalogue.json').text();
}
