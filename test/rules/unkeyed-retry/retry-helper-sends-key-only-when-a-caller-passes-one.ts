// A client's request helper that re-sends after a timeout or a 5xx, with an Idempotency-Key header only when the caller
// passes one in its options (`const opts = options ?? {}`), behind a project function that hands its callers' method
// and key on. A caller that creates a shipment with no key makes the re-send a finding, reported once at the helper's
// fetch (question 50); a caller whose key is made once before the call (the same on every attempt) is clean, as are reads.
import { randomUUID } from 'node:crypto';

class ResendingClient {
  async send(url: string, options?: RequestInit & { idempotencyKey?: string; attempts?: number }): Promise<Response> {
    const opts = options ?? {};
    const attempts = opts.attempts ?? 3;
    for (let attempt = 0; attempt < attempts; attempt++) {
      try {
        const res = await fetch(url, { // expect: unkeyed-retry
          ...opts,
          signal: AbortSignal.timeout(8_000),
          headers: { ...opts.headers, ...(opts.idempotencyKey ? { 'Idempotency-Key': opts.idempotencyKey } : {}) },
        });
        if (res.status >= 500 && attempt < attempts - 1) continue;
        return res;
      } catch (error) {
        if (attempt === attempts - 1) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      }
    }
    throw new Error('unreachable');
  }
}

const http = new ResendingClient();

async function call(method: string, path: string, body?: unknown, extra?: { idempotencyKey?: string }) {
  const res = await http.send(`https://depot.example.com${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    idempotencyKey: extra?.idempotencyKey,
  });
  return res.json();
}

export function createShipment(parcel: string) {
  return call('POST', '/shipments', { parcel });
}

export function createPickup(shipmentId: string) {
  return call('POST', `/shipments/${shipmentId}/pickups`, { at: 'tomorrow' }, { idempotencyKey: randomUUID() });
}

export function listShipments() {
  return call('GET', '/shipments');
}
