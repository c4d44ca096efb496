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
