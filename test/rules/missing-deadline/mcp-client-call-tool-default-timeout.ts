// MCP client requests time out after 60 s by default, so `client.callTool` without options is
// bounded; with an explicit `timeout` it is bounded too.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const client = new Client({ name: 'ops-console', version: '2.1.0' });

export async function connectToDocsServer() {
  await client.connect(new StreamableHTTPClientTransport(new URL('http://127.0.0.1:3920/mcp')));
}

export async function searchDocs(query: string) {
  const result = await client.callTool({ name: 'search_docs', arguments: { query } });
  return result.content;
}

export async function rebuildIndex() {
  const result = await client.callTool({ name: 'rebuild_index', arguments: {} }, undefined, { timeout: 300_000 });
  return result.isError ? 'failed' : 'ok';
}
