// `globalThis.fetch` is the global fetch (no default deadline): called directly, held in a local, or as the default of
// an injected fetch parameter. Clean: the same with a signal, and a `fetch` member of an object of our own.
export async function removeBooking(id: string) {
  const fetchFn = (globalThis as any).fetch;
  return fetchFn(`https://api.example.com/bookings/${id}`, { method: 'DELETE' }); // expect: missing-deadline
}

export async function quote(pair: string, fetchImpl: typeof fetch = globalThis.fetch) {
  const response = await fetchImpl(`https://api.example.com/quote?pair=${pair}`); // expect: missing-deadline
  return response.json();
}

export async function health() {
  return globalThis.fetch('https://api.example.com/health'); // expect: missing-deadline
}

export async function healthWithin() {
  return globalThis.fetch('https://api.example.com/health', { signal: AbortSignal.timeout(5_000) });
}

const cache = { fetch: async (key: string) => key.length };

export async function cached(key: string) {
  return cache.fetch(key);
}
