/**
 * Orders as a Photon: `@retryable N delay` makes the runtime run the method again after any throw (a timeout after the
 * server stored the order included), so a write there without a key stable across attempts is sent twice.
 */
const API = 'https://shop.example.com/api';

export default class Orders {
  /**
   * Place an order
   * @retryable 2 1s
   */
  async place(params: { sku: string; qty: number }) {
    const res = await fetch(`${API}/orders`, { // expect: unkeyed-retry
      method: 'POST',
      body: JSON.stringify(params),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`orders ${res.status}`);
    return res.json();
  }

  /**
   * Place an order under the caller's key: the same key on every attempt (clean)
   * @retryable 2 1s
   */
  async placeKeyed(params: { sku: string; qty: number; requestId: string }) {
    const res = await fetch(`${API}/orders`, {
      method: 'POST',
      headers: { 'Idempotency-Key': params.requestId },
      body: JSON.stringify({ sku: params.sku, qty: params.qty }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.json();
  }

  /**
   * No retries asked for (clean)
   * @retryable 0
   */
  async cancel(params: { id: string }) {
    await fetch(`${API}/orders/${params.id}/cancel`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  }

  /**
   * Retried, but a read (clean)
   * @retryable 3 500ms
   */
  async get(params: { id: string }) {
    const res = await fetch(`${API}/orders/${params.id}`, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }

  /** Not retried: one attempt (clean here; non-idempotent-tool's concern) */
  async refund(params: { id: string }) {
    await fetch(`${API}/orders/${params.id}/refunds`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  }
}
