// Found on a fresh batch of repositories outside the corpus (judged before mending): a function that
// receives a signal connects an MCP client through a transport whose request init carries it, then lists
// the server's tools. Every request of that client carries the signal (clean). A second client connected
// without it, in the same function, drops it (finding).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

export async function listServerTools(url: URL, headers: Record<string, string>, opts: { signal?: AbortSignal } = {}) {
  const client = new Client({ name: 'lister', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(url, { requestInit: { headers, signal: opts.signal } });
  await client.connect(transport);
  const response = await client.listTools({});
  return response.tools;
}

export async function listBothServers(primary: URL, backup: URL, opts: { signal?: AbortSignal } = {}) {
  const first = new Client({ name: 'lister', version: '1.0.0' });
  await first.connect(new StreamableHTTPClientTransport(primary, { requestInit: { signal: opts.signal } }));
  const second = new Client({ name: 'lister', version: '1.0.0' });
  await second.connect(new StreamableHTTPClientTransport(backup));
  const [a, b] = await Promise.all([first.listTools({}), second.listTools({})]); // expect: deadline-not-propagated
  return [...a.tools, ...b.tools];
}

// Found on a repository judged before (an agents SDK's MCP shim, newer snapshot): the received signal goes to
// a helper that runs the request with a signal of its own making (linked to the received one, with a
// timeout) and hands it to the callback, which passes it on (clean). A callback run by a helper that was
// not given the signal still drops it (finding).
declare function callWithRequestSignal<T>(signal: AbortSignal | undefined, run: (requestSignal: AbortSignal) => Promise<T>): Promise<T>;
declare function withTimeoutSignal<T>(ms: number, run: (requestSignal: AbortSignal) => Promise<T>): Promise<T>;

export async function callToolResult(client: Client, name: string, options?: { signal?: AbortSignal }) {
  return callWithRequestSignal(options?.signal, (requestSignal) => client.callTool({ name, arguments: {} }, undefined, { signal: requestSignal }));
}

export async function callToolOwnTimeout(client: Client, name: string, options?: { signal?: AbortSignal }) {
  if (options?.signal?.aborted) throw new Error('cancelled');
  return withTimeoutSignal(30_000, (requestSignal) => client.callTool({ name, arguments: {} }, undefined, { signal: requestSignal })); // expect: deadline-not-propagated
}

// Found on the same batch (a framework's hub loader): the options bag's type leaves the signal out
// (`Omit<RequestInit, 'signal'>`) and the function builds the call's deadline from the timeout it was given —
// nothing received is dropped (clean). A bag that declares a signal field and is rebuilt without it drops it
// (finding).
export async function fetchWithTimeout(url: string, init: Omit<RequestInit, 'signal'> & { timeout: number }) {
  const { timeout, ...rest } = init;
  return fetch(url, { ...rest, signal: AbortSignal.timeout(timeout) });
}

export async function fetchWithOwnTimeout(url: string, init: { headers?: Record<string, string>; signal?: AbortSignal; timeout: number }) {
  const { timeout, headers } = init;
  return fetch(url, { headers, signal: AbortSignal.timeout(timeout) }); // expect: deadline-not-propagated
}
