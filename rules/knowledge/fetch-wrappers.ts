// Functions that return a fetch (a call to what they return is a fetch, taking the same init, signal included), and
// package functions that make one fetch with the URL and init they are given.
import type { OutboundCallFact } from './types.js';

export const fetchWrapperCalls: OutboundCallFact[] = [
  {
    // wrapFetchWithPayment(fetch, client) returns `(input, init) => …` that makes `fetch(new Request(input, init))`
    // (x402-fetch: `fetch(input, init)`), answering a 402 by paying and sending again: no deadline of its own.
    kind: 'http', label: 'x402 paying fetch', module: ['@x402/fetch', 'x402-fetch'], export: ['wrapFetchWithPayment', 'wrapFetchWithPaymentFromConfig'],
    instance: true, path: [''], optionsArgs: [1], signalOptions: ['signal'], timeoutOptions: [], checkedAgainst: '@x402/fetch@2.7 (src/index.ts: fetch(new Request(input, init))), x402-fetch in coinbase/x402 (fetch(input, init))',
  },
  {
    // @trigger.dev/core 4.5.12, src/v3/apiClient/core.ts: zodfetch(schema, url, requestInit, options) → _doZodFetch →
    // fetch(url, requestInitWithCache(requestInit)) with no signal or timeout of its own; wrapZodFetch calls zodfetch the
    // same way and returns `{ success, data | error }`. Each call injects a new request idempotency key (randomUUID()),
    // kept across its own retries, new on the next call. Re-exported from `@trigger.dev/core/v3` (src/v3/zodfetch.ts).
    kind: 'http', label: 'zodfetch', module: ['@trigger.dev/core/v3/zodfetch', '@trigger.dev/core/v3'], export: ['zodfetch', 'wrapZodFetch'],
    path: [''], urlArg: 1, optionsArgs: [2], signalOptions: ['signal'], timeoutOptions: [],
    checkedAgainst: '@trigger.dev/core@4.5.12 (src/v3/apiClient/core.ts: zodfetch, wrapZodFetch, _doZodFetchWithRetries)',
  },
];
