// A pool of MCP clients from the SDK's v2 client package (`@modelcontextprotocol/client`): one client per
// server, made and connected on first use.
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';

const pool = new Map<string, Client>();

export async function getClient(serverUrl: string): Promise<Client> {
  const existing = pool.get(serverUrl);
  if (existing) return existing;
  const client = new Client({ name: 'chat', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(serverUrl)));
  pool.set(serverUrl, client);
  return client;
}

export function evict(serverUrl: string): void {
  pool.delete(serverUrl);
}
