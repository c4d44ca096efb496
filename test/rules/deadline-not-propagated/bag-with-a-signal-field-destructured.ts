// Found on a repository outside the corpus (a streaming SDK's transport): the function receives a bag
// whose type has a `signal` field, takes the signal out of it by destructuring, and puts it in a request
// init that a hook may replace. The bag is not the signal itself, and the destructured `signal` carries
// it (clean). A call that leaves the taken-out signal behind is still a finding.
export class StreamTransport {
  constructor(private readonly options: { apiUrl: string; onRequest?: (url: string, init: RequestInit) => Promise<RequestInit> }) {}

  async stream(payload: { input: unknown; signal: AbortSignal }) {
    const { signal, ...body } = payload;
    let init: RequestInit = { method: 'POST', body: JSON.stringify(body), signal };
    if (this.options.onRequest) init = await this.options.onRequest(this.options.apiUrl, init);
    return fetch(this.options.apiUrl, init);
  }

  async ping(payload: { signal: AbortSignal; runId: string }) {
    const { signal: abortSignal, runId } = payload;
    return fetch(`${this.options.apiUrl}/runs/${runId}`, { signal: abortSignal });
  }

  async cancel(payload: { signal: AbortSignal; runId: string }) {
    const { runId } = payload;
    return fetch(`${this.options.apiUrl}/runs/${runId}/cancel`, { method: 'POST' }); // expect: deadline-not-propagated
  }
}

// Found on a second repository outside the corpus (a sandbox client): a request init whose signal the
// helper checks is spread into the call, or passed whole (clean); rebuilt without it, it is dropped.
export async function fetchWithOptionalTimeout(input: string, init: RequestInit, timeoutMs: number | undefined) {
  const controller = typeof timeoutMs === 'number' && !init.signal ? new AbortController() : undefined;
  return fetch(input, { ...init, ...(controller ? { signal: controller.signal } : {}) });
}

export async function fetchAsGiven(input: string, init: RequestInit) {
  if (init.signal?.aborted) throw new Error('cancelled before sending');
  return fetch(input, init);
}

export async function fetchWithHeadersOnly(input: string, init: RequestInit) {
  if (init.signal?.aborted) throw new Error('cancelled before sending');
  return fetch(input, { method: init.method, headers: init.headers }); // expect: deadline-not-propagated
}
