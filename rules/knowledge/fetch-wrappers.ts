// Functions that return a fetch: a call to what they return is a fetch, taking the same init (signal included).
import type { OutboundCallFact } from './types.js';

export const fetchWrapperCalls: OutboundCallFact[] = [
  {
    // wrapFetchWithPayment(fetch, client) returns `(input, init) => …` that makes `fetch(new Request(input, init))`
    // (x402-fetch: `fetch(input, init)`), answering a 402 by paying and sending again: no deadline of its own.
    kind: 'http', label: 'x402 paying fetch', module: ['@x402/fetch', 'x402-fetch'], export: ['wrapFetchWithPayment', 'wrapFetchWithPaymentFromConfig'],
    instance: true, path: [''], optionsArgs: [1], signalOptions: ['signal'], timeoutOptions: [], checkedAgainst: '@x402/fetch@2.7 (src/index.ts: fetch(new Request(input, init))), x402-fetch in coinbase/x402 (fetch(input, init))',
  },
];
