// A node service posting a signed transaction to a chain's REST endpoint: `mode` is a field of the request body (the
// broadcast mode), not fetch's CORS `mode`, so nothing says this code runs in a page — axios has no default timeout.
// Clean: a request whose init sets fetch's `mode: 'same-origin'` (a page's request to its own routes).
import axios from 'axios';

export class Broadcaster {
  constructor(private readonly restUrl: string) {}

  async broadcast(txBytes: string) {
    const response = await axios.post(`${this.restUrl}/cosmos/tx/v1beta1/txs`, { tx_bytes: txBytes, mode: 'BROADCAST_MODE_SYNC' }); // expect: missing-deadline
    return response.data;
  }

  async refreshSession(base: string) {
    return fetch(`${base}/api/session`, { method: 'POST', mode: 'same-origin' });
  }
}
