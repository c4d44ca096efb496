// Near miss: the same JSDoc tag on a method of an ordinary class (no Photon file, no Photon base class): nothing runs it
// again, the tag is only text (clean).
export default class OrderSync {
  /**
   * @retryable 2 1s
   */
  async push(params: { sku: string }) {
    await fetch('https://shop.example.com/api/orders', { method: 'POST', body: JSON.stringify(params), signal: AbortSignal.timeout(10_000) });
  }
}
